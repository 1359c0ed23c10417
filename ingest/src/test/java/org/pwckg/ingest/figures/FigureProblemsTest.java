package org.pwckg.ingest.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pwckg.ingest.figures.FigureFixtures.*;
import static org.pwckg.ontology.Vocab.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ingest.IngestException;
import org.pwckg.ontology.Iris;

/**
 * A manifest of broken lines around one good figure: each problem is reported with its line and
 * skipped.
 */
class FigureProblemsTest {
  private static final String GOOD = "1510.03753-image-5.png"; // 22,736 bytes
  private static final String LARGE = "1412.6575-image-3.png"; // 539,083 bytes
  private static final long LIMIT = 100_000;

  @TempDir static Path dir;
  static Path corpus;
  static FigureResult result;
  static List<String> report;

  @BeforeAll
  static void ingestTheBrokenCorpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(realFigures().resolve(GOOD), corpus.resolve("good.png"));
    Files.copy(realFigures().resolve(LARGE), corpus.resolve("large.png"));
    byte[] png = Files.readAllBytes(realFigures().resolve(GOOD));
    Files.write(corpus.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
    byte[] jpeg = Files.readAllBytes(realFigures().resolve("2211.08788.jpg"));
    Files.write(corpus.resolve("truncated.jpg"), Arrays.copyOf(jpeg, 60_000));
    Files.writeString(corpus.resolve("text.png"), "not an image at all\n");
    Files.write(
        corpus.resolve("figures.jsonl"),
        List.of(
            line("good.png", "A good figure."),
            line("missing.png", "No such file."),
            line("truncated.png", null),
            line("large.png", null),
            "{\"file\": \"good.png\", \"caption\": ",
            line("text.png", null),
            "{\"arxiv_id\": \"1510.03753\", \"file\": null}",
            "",
            line("truncated.jpg", null),
            "[\"an array\"]"));
    FigureOptions options = FigureOptions.of(dir.resolve("db"), corpus).withMaxBytes(LIMIT);
    result = FigureIngest.run(options);
    report = reportLines(result.report());
  }

  static String line(String file, String caption) {
    return "{\"arxiv_id\": \"1510.03753\", \"paper_url\": null, \"file\": \""
        + file
        + "\", \"caption\": "
        + (caption == null ? "null" : "\"" + caption + "\"")
        + "}";
  }

  static String reportLine(int line) {
    String prefix = "figures.jsonl line " + line + " ";
    return report.stream()
        .filter(l -> l.startsWith(prefix) && l.contains("skipped"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no skipped line " + line + " in " + report));
  }

  @Test
  void only_the_good_figure_is_written_and_every_bad_line_is_skipped() {
    assertThat(result.read()).isEqualTo(9);
    assertThat(result.written()).isEqualTo(1);
    assertThat(result.skipped()).isEqualTo(8);
    Node good = Iris.DEFAULT.figure(sha256(corpus.resolve("good.png")));
    assertThat(figures(dir.resolve("db"))).containsExactly(good);
  }

  @Test
  void a_missing_file_is_reported_on_its_line() {
    assertThat(reportLine(2)).contains("field file: no such file").contains("missing.png");
  }

  @Test
  void a_truncated_png_is_reported_as_corrupt() {
    assertThat(reportLine(3)).contains("field file: corrupt image");
  }

  @Test
  void a_truncated_jpeg_is_reported_as_corrupt_although_it_decodes() {
    assertThat(reportLine(9)).contains("field file: corrupt image");
  }

  @Test
  void a_file_over_the_size_limit_is_reported_with_both_sizes() {
    assertThat(reportLine(4)).contains("field file: 539083 bytes, over the limit of 100000 bytes");
  }

  @Test
  void a_line_that_is_not_json_is_reported() {
    assertThat(reportLine(5)).contains("field (line): not JSON");
  }

  @Test
  void a_file_that_is_no_image_is_reported() {
    assertThat(reportLine(6)).contains("field file: not an image");
  }

  @Test
  void a_line_without_a_file_is_reported() {
    assertThat(reportLine(7)).contains("field file: required field is missing or empty");
  }

  @Test
  void a_line_that_is_not_an_object_is_reported() {
    assertThat(reportLine(10)).contains("field (record): expected a JSON object");
  }

  @Test
  void strict_fails_at_the_first_problem_and_writes_no_figure() {
    Path db = dir.resolve("strict-db");
    ingestPapers(db);
    FigureOptions strict =
        new FigureOptions(db, corpus, LIMIT, FigureOptions.DEFAULT_MAX_PIXELS, null, null, true);
    assertThatThrownBy(() -> FigureIngest.run(strict))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("figures.jsonl line 1 field arxiv_id");
    assertThat(figures(db)).isEmpty();
  }

  @Test
  void a_missing_manifest_fails_the_run_with_its_path() {
    Path empty = dir.resolve("no-manifest");
    assertThatThrownBy(() -> FigureIngest.run(FigureOptions.of(dir.resolve("db2"), empty)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("No figure manifest at");
  }
}
