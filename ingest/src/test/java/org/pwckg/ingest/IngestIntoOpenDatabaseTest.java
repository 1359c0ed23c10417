package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pwckg.ingest.Fixtures.realFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.store.GraphState;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * {@link Ingest#into}: what a running server does with uploaded dumps, on the dataset it holds
 * open. A broken file writes nothing; problems reach the caller as they are found.
 */
class IngestIntoOpenDatabaseTest {
  @TempDir static Path dir;
  static DatasetGraph dsg;

  @BeforeAll
  static void ingestThePapers() {
    Path db = dir.resolve("db");
    Fixtures.ingest(db, realFile("papers-with-abstracts"));
    dsg = TdbDatabase.openExisting(db);
  }

  @Test
  void a_file_that_breaks_off_fails_the_run_and_leaves_the_graph_as_it_was() throws IOException {
    String state = Txn.calculateRead(dsg, () -> GraphState.read(dsg));
    long size = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
    byte[] whole = Files.readAllBytes(realFile("methods"));
    Path broken = Files.createDirectories(dir.resolve("broken")).resolve("methods.json.gz");
    Files.write(broken, Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> Ingest.into(dsg, options(broken), line -> {}))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("methods.json.gz record ")
        .hasMessageEndingWith("(nothing was written)");
    assertThat(Txn.calculateRead(dsg, () -> GraphState.read(dsg))).isEqualTo(state);
    assertThat(Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size())).isEqualTo(size);
  }

  @Test
  void every_problem_line_reaches_the_caller_and_the_run_commits() {
    String state = Txn.calculateRead(dsg, () -> GraphState.read(dsg));
    List<String> lines = new ArrayList<>();
    IngestResult r = Ingest.into(dsg, options(realFile("evaluation-tables")), lines::add);
    assertThat(r.problems()).isPositive();
    assertThat(lines).hasSize(r.problems());
    assertThat(lines).allMatch(l -> l.startsWith("evaluation-tables.json.gz record "));
    assertThat(r.bulkLoaded()).isFalse();
    assertThat(Txn.calculateRead(dsg, () -> GraphState.read(dsg))).isNotEqualTo(state);
  }

  private static IngestOptions options(Path dump) {
    return new IngestOptions(
        dir.resolve("db"), List.of(dump), false, dir.resolve("report.txt"), null);
  }
}
