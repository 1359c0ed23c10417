package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pwckg embed --engine deepseek-vl} on the real papers and figures. The real worker needs a
 * GPU; here a stand-in that speaks its protocol writes the vectors (embed's fake_worker.py).
 */
class VlEmbedCommandTest {
  static final Path REAL = Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  static final Path FAKE =
      Path.of(
          "..",
          "embed",
          "src",
          "test",
          "resources",
          "org",
          "pwckg",
          "embed",
          "vl",
          "fake_worker.py");
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void ingestPapersAndFigures() {
    db = dir.resolve("db").toString();
    run("ingest", "--db", db, REAL.resolve("papers-with-abstracts.json.gz").toString());
    run("figures", "--db", db, REAL.resolve("figures").toString());
  }

  @Test
  void the_export_stage_writes_every_paper_and_figure_and_prints_the_worker_command()
      throws IOException {
    Path work = dir.resolve("export-work");
    CliTest.Run r =
        run(
            "embed",
            "--db",
            db,
            "--engine",
            "deepseek-vl",
            "--model-dir",
            "/models/deepseek-vl-1.3b",
            "--stage",
            "export",
            "--work-dir",
            work.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("291 rows", "291 exported", "--model-dir /models/deepseek-vl-1.3b");
    assertThat(Files.readAllLines(work.resolve("input.jsonl")))
        .hasSize(291)
        .filteredOn(l -> l.contains("\"kind\":\"image\""))
        .hasSize(46)
        .allMatch(l -> l.contains("\"image\":\"../db/figures/sha256/"));
  }

  @Test
  void a_full_run_imports_a_vector_for_every_row_and_a_second_run_has_nothing_to_do() {
    String[] args = {
      "embed",
      "--db",
      db,
      "--engine",
      "deepseek-vl",
      "--model-dir",
      dir.toString(),
      "--worker",
      FAKE.toString(),
      "--work-dir",
      dir.resolve("work").toString(),
      "--worker-arg=--chunk-size=64"
    };
    CliTest.Run first = run(args);
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("291 vectors imported");
    assertThat(run(args).out()).contains("291 current, 0 exported");
  }

  @Test
  void without_model_dir_it_says_what_is_missing() {
    CliTest.Run r = run("embed", "--db", db, "--engine", "deepseek-vl");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("needs --model-dir");
  }
}
