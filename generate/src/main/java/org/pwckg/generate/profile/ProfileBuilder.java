package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Derives the {@link Profile} from the real dump files in one folder. */
public final class ProfileBuilder {
  static final String COMMENT =
      "Statistics derived from Papers with Code archive records (paperswithcode.com, licensed"
          + " CC-BY-SA 4.0; the sample dump files of pwc-kg's shared/data/pwc, whose README names"
          + " the public repositories they came from). This profile is an adaptation of that"
          + " material and is shared under CC-BY-SA 4.0 with the same attribution.";

  static final List<String> NOTES =
      List.of(
          "Counts are of the real sample files; the generator scales entity counts to the full"
              + " archive.",
          "Fields a source did not provide are measured only where provided: paper authors and"
              + " dates come from the PWC API records, not the ACL 2024 rows (which lack both).",
          "Lists empty in every real record get their lengths from other real fields: tasks per"
              + " paper and per dataset from the leaderboard rows, dataset modalities and languages"
              + " from words in the descriptions.",
          "Submission months come from every distinct arXiv identifier in the five files.",
          "Metric values are reduced to shapes (digits as #); column formats and per-row quirks are"
              + " counted apart.",
          "Text models are word bigram tables over whitespace tokens: abstracts, titles (papers and"
              + " links), method full names, task names, leaderboard model names.");

  private ProfileBuilder() {}

  public static Profile build(Path pwcDir) throws IOException {
    RealDumps d = RealDumps.read(pwcDir);
    return new Profile(
        COMMENT,
        NOTES,
        PaperProfiler.build(d),
        LinkProfiler.build(d),
        TableProfiler.build(d),
        MethodProfiler.build(d),
        DatasetProfiler.build(d),
        text(d.papers(), "abstract"),
        titles(d),
        methodNames(d),
        taskNames(d),
        modelNames(d));
  }

  private static TextModelData text(List<JsonNode> records, String field) {
    TextModelBuilder b = new TextModelBuilder();
    records.forEach(r -> b.add(r.path(field).asText("")));
    return b.build();
  }

  private static TextModelData titles(RealDumps d) {
    TextModelBuilder b = new TextModelBuilder();
    Set<String> seen = new HashSet<>();
    for (JsonNode p : d.papers())
      if (seen.add(p.path("paper_url").asText())) b.add(p.path("title").asText());
    for (JsonNode l : d.links())
      if (seen.add(l.path("paper_url").asText())) b.add(l.path("paper_title").asText());
    return b.build();
  }

  private static TextModelData methodNames(RealDumps d) {
    TextModelBuilder b = new TextModelBuilder();
    for (JsonNode m : d.methods()) b.add(m.path("full_name").asText(m.path("name").asText()));
    return b.build();
  }

  private static TextModelData taskNames(RealDumps d) {
    TextModelBuilder b = new TextModelBuilder();
    Set<String> seen = new HashSet<>();
    TableWalker.walk(
        d.tables(),
        new TableWalker.Visitor() {
          @Override
          public void task(String family, int depth, JsonNode task) {
            if (seen.add(task.path("task").asText())) b.add(task.path("task").asText());
          }
        });
    return b.build();
  }

  private static TextModelData modelNames(RealDumps d) {
    TextModelBuilder b = new TextModelBuilder();
    TableWalker.walk(
        d.tables(),
        new TableWalker.Visitor() {
          @Override
          public void row(String family, String task, JsonNode dataset, JsonNode row) {
            b.add(row.path("model_name").asText(""));
          }
        });
    return b.build();
  }
}
