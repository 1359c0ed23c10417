package org.pwckg.embed.vl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pwckg.embed.RealData;
import org.pwckg.embed.job.EmbedDoc;

/**
 * Real papers and figures of the shared sample as rows, and the fake worker that speaks the
 * worker's protocol.
 */
final class VlFixtures {
  private VlFixtures() {}

  static Path fakeWorker() {
    try {
      return Path.of(VlFixtures.class.getResource("fake_worker.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static VlJob.Options options(Path work, String... fakeArgs) {
    return new VlJob.Options(
        VlModel.V1_3B,
        work.resolve("model"),
        work,
        "python3",
        fakeWorker(),
        Duration.ofSeconds(60),
        List.of(fakeArgs),
        VlJob.Stage.ALL);
  }

  static List<JsonNode> manifest() {
    try {
      List<JsonNode> lines = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      for (String l :
          Files.readAllLines(RealData.pwc().resolve("figures").resolve("figures.jsonl"))) {
        lines.add(json.readTree(l));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code n} ACL figures as figure rows, and their papers as text rows. */
  static List<VlRow> papersAndFigures(int n) {
    Map<String, EmbedDoc> papers =
        RealData.papers().stream().collect(Collectors.toMap(EmbedDoc::id, d -> d, (a, b) -> a));
    List<VlRow> rows = new ArrayList<>();
    for (JsonNode f : manifest().subList(0, n)) {
      EmbedDoc paper = papers.get(f.get("paper_url").asText());
      rows.add(VlRow.text(paper.id(), paper.text()));
      rows.add(
          VlRow.image(
              "figure:" + f.get("file").asText(),
              f.get("caption").asText(),
              RealData.pwc().resolve("figures").resolve(f.get("file").asText())));
    }
    return rows;
  }
}
