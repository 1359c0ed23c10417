package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demo_ingests_the_sample_bundled_in_the_jar_and_prints_its_statistics() {
    CliTest.Run r = CliTest.run("demo", "--no-serve", "--db", dir.resolve("demo").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("papers-with-abstracts.json.gz: 15 records read");
    assertThat(
            CliTest.run(
                    "query",
                    "--db",
                    dir.resolve("demo").toString(),
                    "--format",
                    "csv",
                    "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <http://purl.org/spar/fabio/ResearchPaper> ; "
                        + "<https://w3id.org/pwckg/ontology#arxivId> ?a }")
                .out())
        .contains("15");
  }

  @Test
  void running_the_demo_twice_gives_the_same_graph() {
    String db = dir.resolve("demo").toString();
    CliTest.run("demo", "--no-serve", "--db", db);
    String first =
        CliTest.run(
                "query",
                "--db",
                db,
                "--format",
                "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            .out();
    CliTest.run("demo", "--no-serve", "--db", db);
    assertThat(
            CliTest.run(
                    "query",
                    "--db",
                    db,
                    "--format",
                    "csv",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
                .out())
        .isEqualTo(first);
  }
}
