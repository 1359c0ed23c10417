package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * `pwckg ingest` keeps the keyword index, `pwckg index` rebuilds it, `pwckg relate` writes the
 * related-paper links and a later ingest refreshes them: on the real archive slices. The tests
 * follow the life of one database, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchCommandsTest {
  static final Path REAL = Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  @TempDir static Path dir;
  static Path db;
  static CliTest.Run ingest;

  @BeforeAll
  static void ingestTheRealSlices() {
    db = dir.resolve("db");
    ingest = CliTest.run("ingest", "--db", db.toString(), REAL.toString());
  }

  @Test
  @Order(1)
  void ingest_builds_the_keyword_index() {
    assertThat(ingest.exit())
        .isIn(ExitCodes.OK, ExitCodes.PARTIAL); // the real slices have a few bad values
    assertThat(ingest.out())
        .containsPattern("Keyword index: [0-9,]+ documents \\([0-9,]+ added, 0 updated");
    assertThat(Files.isDirectory(DatabaseLayout.keywordIndex(db))).isTrue();
  }

  @Test
  @Order(2)
  void index_rebuild_indexes_every_entity_again() {
    CliTest.Run r = CliTest.run("index", "--db", db.toString(), "--rebuild");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .containsPattern(
            "Keyword index: [0-9,]+ documents \\([0-9,]+ added, 0 updated, 0 unchanged");
  }

  @Test
  @Order(3)
  void relate_writes_the_links_and_a_second_run_is_skipped() {
    CliTest.Run first = CliTest.run("relate", "--db", db.toString(), "--k", "3");
    assertThat(first.exit()).isZero();
    assertThat(first.out())
        .containsPattern(
            "Related-paper links: [0-9,]+ links for [0-9,]+ papers \\(graph signals only");
    assertThat(CliTest.run("relate", "--db", db.toString(), "--k", "3").out())
        .contains("up to date");
  }

  @Test
  @Order(4)
  void a_re_ingest_of_the_same_dumps_leaves_index_and_links_as_they_are() {
    CliTest.Run r = CliTest.run("ingest", "--db", db.toString(), REAL.toString());
    assertThat(r.out()).containsPattern("\\(0 added, 0 updated, [0-9,]+ unchanged, 0 deleted\\)");
    assertThat(r.out()).contains("Related-paper links are up to date");
  }

  @Test
  @Order(5)
  void relate_with_a_bad_k_fails_with_one_line() {
    CliTest.Run r = CliTest.run("relate", "--db", db.toString(), "--k", "0");
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--k must be 1 to 100");
  }
}
