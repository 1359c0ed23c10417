package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.cli.CliTest.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pwckg figures} on the real figures. */
class FiguresCommandTest {
  static final Path REAL = Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  @TempDir Path dir;

  @Test
  void the_real_figures_are_written_and_the_unmatched_papers_make_it_exit_2() {
    String db = dir.resolve("db").toString();
    assertThat(
            run("ingest", "--db", db, REAL.resolve("papers-with-abstracts.json.gz").toString())
                .exit())
        .isZero();
    CliTest.Run r = run("figures", "--db", db, REAL.resolve("figures").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out())
        .contains(
            "46 lines read, 46 figures written",
            "6 without a paper in the graph",
            "Problems were reported in");
  }

  @Test
  void a_folder_without_a_manifest_exits_1_with_one_line() {
    CliTest.Run r = run("figures", "--db", dir.resolve("db").toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("pwckg: No figure manifest at").doesNotContain("\n");
  }

  @Test
  void embedding_a_database_with_figures_also_embeds_their_captions_for_text_search() {
    String db = dir.resolve("db").toString();
    run(
        "figures",
        "--db",
        db,
        REAL.resolve("figures").toString()); // no papers: only the captions to embed
    CliTest.Run r = run("embed", "--db", db, "--threads", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Embedded 40 figure captions (0 unchanged); 40 vectors in");
  }
}
