package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * A corpus of broken records (test resources {@code broken/}): each bad record is reported once
 * with file, record index and field, and skipped; the good records around it are ingested.
 */
class BadInputTest {
  private static final String PAPERS = "papers-with-abstracts.json";
  private static final String LINKS = "links-between-papers-and-code.json";

  @TempDir static Path dir;
  static Path db;
  static IngestResult result;
  static List<String> report;

  @BeforeAll
  static void ingestTheBrokenCorpus() throws IOException {
    db = dir.resolve("db");
    result = ingest(db, broken());
    report = Files.readAllLines(result.report());
  }

  static Path broken() {
    try {
      return Path.of(BadInputTest.class.getResource("/broken").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void each_broken_paper_gives_one_report_line_naming_file_record_and_field() {
    assertThat(linesFor(PAPERS, 1))
        .singleElement()
        .asString()
        .contains("field title", "expected a string");
    assertThat(linesFor(PAPERS, 2)).singleElement().asString().contains("field title", "missing");
    assertThat(linesFor(PAPERS, 3)).singleElement().asString().contains("field date", "2019-13-45");
    assertThat(linesFor(PAPERS, 4))
        .singleElement()
        .asString()
        .contains("field paper_url", "ht tp://x");
    assertThat(linesFor(PAPERS, 5))
        .singleElement()
        .asString()
        .contains("field abstract", "invalid UTF-8");
    assertThat(linesFor(PAPERS, 7))
        .singleElement()
        .asString()
        .contains("field authors", "expected a list");
  }

  @Test
  void good_papers_around_the_broken_ones_are_ingested_and_the_broken_ones_are_not() {
    inGraph(
        db,
        g -> {
          for (String slug :
              List.of("good-paper-one", "extra-fields", "bad-pdf-link", "good-paper-two")) {
            assertThat(count(g, IRIS.paper(slug), TITLE, Node.ANY)).as(slug).isEqualTo(1);
          }
          for (String slug :
              List.of(
                  "wrong-type-title",
                  "missing-title",
                  "bad-date",
                  "broken-utf8",
                  "authors-not-a-list")) {
            assertThat(count(g, IRIS.paper(slug), Node.ANY, Node.ANY)).as(slug).isZero();
          }
          return null;
        });
    assertThat(result.files().get(0))
        .extracting(FileSummary::read, FileSummary::written, FileSummary::skipped)
        .containsExactly(10L, 4L, 6L);
  }

  @Test
  void unknown_extra_fields_are_tolerated() {
    assertThat(linesFor(PAPERS, 6)).isEmpty();
    inGraph(
        db, g -> assertThat(count(g, IRIS.paper("extra-fields"), ABSTRACT, Node.ANY)).isEqualTo(1));
  }

  @Test
  void a_bad_optional_link_is_left_out_and_its_record_kept() {
    assertThat(linesFor(PAPERS, 8))
        .singleElement()
        .asString()
        .contains("field url_pdf", "left out");
    inGraph(
        db,
        g -> {
          assertThat(count(g, IRIS.paper("bad-pdf-link"), PDF_URL, Node.ANY)).isZero();
          return assertThat(count(g, IRIS.paper("bad-pdf-link"), URL, Node.ANY)).isEqualTo(1);
        });
  }

  @Test
  void a_truncated_file_keeps_the_records_before_the_break_and_reports_it() {
    assertThat(linesFor(LINKS, 1))
        .singleElement()
        .asString()
        .contains("field is_official", "expected true or false");
    assertThat(linesFor(LINKS, 3)).singleElement().asString().contains("truncated");
    inGraph(db, g -> assertThat(typed(g, CODE_LINK)).isEqualTo(2));
  }

  @Test
  void a_bad_leaderboard_row_is_skipped_and_the_rest_of_its_table_kept() {
    assertThat(linesFor("evaluation-tables.json", 0))
        .singleElement()
        .asString()
        .contains("field datasets[0].sota.rows[1].paper_date", "2019-02-30");
    inGraph(db, g -> assertThat(typed(g, RESULT)).isEqualTo(2));
  }

  @Test
  void the_run_is_partial() {
    assertThat(result.partial()).isTrue();
    assertThat(result.recordsSkipped()).isEqualTo(7);
  }

  @Test
  void a_truncated_gzip_file_keeps_the_records_before_the_break() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("cut-gzip"));
    byte[] whole = Files.readAllBytes(realFile("methods"));
    Files.write(folder.resolve("methods.json.gz"), Arrays.copyOf(whole, whole.length / 2));
    IngestResult cut = ingest(dir.resolve("cut-db"), folder);
    FileSummary methods = cut.files().get(0);
    assertThat(methods.broken()).isTrue();
    assertThat(methods.written()).isPositive().isLessThan(2275);
    assertThat(Files.readAllLines(cut.report()))
        .anyMatch(l -> l.contains("methods.json.gz record " + methods.read()));
    inGraph(
        dir.resolve("cut-db"),
        g -> assertThat(count(g, Node.ANY, CODE_SNIPPET, Node.ANY)).isPositive());
  }

  @Test
  void strict_mode_fails_at_the_first_bad_record_and_commits_nothing() {
    Path strictDb = dir.resolve("strict-db");
    assertThatThrownBy(
            () -> Ingest.run(new IngestOptions(strictDb, List.of(broken()), true, null, null)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining(PAPERS + " record 1 field title");
    assertThat(TdbDatabase.exists(strictDb)).isFalse();
  }

  @Test
  void strict_mode_ingests_the_real_dumps_whose_only_problems_are_bad_optional_values() {
    Path strictDb = dir.resolve("strict-real-db");
    IngestResult real =
        Ingest.run(new IngestOptions(strictDb, List.of(realData()), true, null, null));
    assertThat(real.recordsSkipped()).isZero();
    assertThat(real.problems()).isPositive(); // e.g. a markdown fragment as a row's code URL
    inGraph(strictDb, g -> assertThat(typed(g, PAPER)).isGreaterThanOrEqualTo(245));
  }

  @Test
  void strict_warnings_fails_on_a_bad_optional_value_too() {
    Path strictDb = dir.resolve("strict-warnings-db");
    assertThatThrownBy(
            () ->
                Ingest.run(
                    new IngestOptions(
                        strictDb,
                        List.of(realFile("evaluation-tables")),
                        true,
                        true,
                        null,
                        null,
                        null)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("code_links[0].url", "left out");
    assertThat(TdbDatabase.exists(strictDb)).isFalse();
  }

  @Test
  void strict_mode_on_a_database_with_a_graph_leaves_that_graph() {
    Path strictDb = dir.resolve("strict-update-db");
    ingest(strictDb, realFile("papers-with-abstracts"));
    long before = inGraph(strictDb, g -> (long) g.size());
    assertThatThrownBy(
            () -> Ingest.run(new IngestOptions(strictDb, List.of(broken()), true, null, null)))
        .isInstanceOf(IngestException.class);
    long after = inGraph(strictDb, g -> (long) g.size());
    assertThat(after).isEqualTo(before);
    inGraph(
        strictDb,
        g -> assertThat(count(g, IRIS.paper("good-paper-one"), Node.ANY, Node.ANY)).isZero());
  }

  private static List<String> linesFor(String file, long record) {
    String prefix = file + " record " + record + " ";
    return report.stream().filter(l -> l.startsWith(prefix)).toList();
  }
}
