package org.pwckg.embed.vl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;

/** The worker's input as the Java side writes it, and the committed copy gpu_check.py runs on. */
class VlExportTest {
  @TempDir Path dir;

  /**
   * Three real ACL papers and their first figures, with graph IRIs, images under {@code
   * work/images/}.
   */
  static List<VlRow> fixtureRows(Path work) throws IOException {
    List<VlRow> rows = new ArrayList<>();
    for (VlRow r : VlFixtures.papersAndFigures(3)) {
      if (r.kind() == VlRow.Kind.TEXT) {
        rows.add(
            VlRow.text(
                Iris.DEFAULT.paper(Iris.pwcPaperSlug(r.id()).orElseThrow()).getURI(), r.text()));
      } else {
        String sha = sha256(Files.readAllBytes(r.image()));
        rows.add(
            VlRow.image(
                Iris.DEFAULT.figure(sha).getURI(),
                r.text(),
                work.resolve("images").resolve(r.image().getFileName())));
      }
    }
    return VlJob.unique(rows);
  }

  @Test
  void the_committed_e2e_fixture_is_exactly_what_the_export_writes() throws Exception {
    Path work = dir.resolve("work");
    VlExport.Exported export = VlExport.write(work, fixtureRows(work));
    Path committed = Path.of(VlExportTest.class.getResource("e2e/input.jsonl").toURI());
    assertThat(Files.mismatch(export.file(), committed))
        .as("regenerate e2e/input.jsonl from " + export.file())
        .isEqualTo(-1L);
  }

  @Test
  void each_line_is_one_json_object_with_a_relative_image_path() throws IOException {
    Path work = dir.resolve("work");
    VlExport.Exported export = VlExport.write(work, fixtureRows(work));
    List<String> lines = Files.readAllLines(export.file());
    assertThat(lines).hasSize(6);
    JsonNode figure =
        new ObjectMapper()
            .readTree(
                lines.stream().filter(l -> l.contains("\"image\",")).findFirst().orElseThrow());
    assertThat(figure.get("image").asText()).startsWith("images/").doesNotContain("..");
    assertThat(export.ids()).isSorted();
  }

  @Test
  void the_same_rows_give_the_same_file_and_checksum() throws IOException {
    Path work = dir.resolve("work");
    String first = VlExport.write(work, fixtureRows(work)).sha256();
    assertThat(VlExport.write(work, fixtureRows(work)).sha256()).isEqualTo(first);
  }

  @Test
  void an_image_outside_the_work_folder_is_written_relative_to_it() {
    String path =
        VlExport.imagePath(dir.resolve("db/figures/sha256/ab/cd.png"), dir.resolve("db/vl-work"));
    assertThat(path).isEqualTo("../figures/sha256/ab/cd.png");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(VlExportTest.class.getResource(name).toURI());
  }
}
