package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * Kills an ingest process (SIGKILL) while it runs: the database must open afterwards and hold
 * either the previous graph or the complete new one, never a mix; the next ingest works.
 */
class KilledIngestTest {
  @TempDir Path dir;

  @Test
  void a_bulk_load_killed_midway_leaves_no_graph_or_the_complete_one() throws Exception {
    Path db = dir.resolve("db");
    runAndKill(db, realData());
    boolean untouched = !TdbDatabase.exists(db) || inGraph(db, g -> g.isEmpty());
    Set<Triple> afterKill = untouched ? Set.of() : snapshot(db);
    ingest(db, realData());
    // A complete run is a fixed point: running it again changes nothing.
    if (!untouched) assertThat(snapshot(db)).isEqualTo(afterKill);
    long results = inGraph(db, g -> typed(g, RESULT));
    // 1,553 rows; two equal "Example" parts of SQL parsing share one (RealDumpsIngestTest).
    assertThat(results).isEqualTo(1552);
  }

  @Test
  void an_update_killed_midway_leaves_the_previous_graph_or_the_complete_new_one()
      throws Exception {
    Path db = dir.resolve("db");
    ingest(db, realFile("papers-with-abstracts"), realFile("evaluation-tables"));
    Set<Triple> before = snapshot(db);
    TDBInternal.expel(TdbDatabase.openExisting(db));
    Path newer = newerPapers();

    runAndKill(db, newer, realFile("evaluation-tables"));
    Set<Triple> afterKill = snapshot(db);
    ingest(db, newer, realFile("evaluation-tables"));
    if (!afterKill.equals(before))
      assertThat(snapshot(db)).as("the complete new graph").isEqualTo(afterKill);
    Node gan = IRIS.paper("generative-adversarial-networks");
    String title = inGraph(db, g -> objects(g, gan, TITLE).get(0).getLiteralLexicalForm());
    assertThat(title).isEqualTo("Generative Adversarial Nets");
  }

  /** Starts an ingest process and kills it once it has started writing. */
  private static void runAndKill(Path db, Path... dumps) throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + System.getProperty("logback.configurationFile"),
                IngestChild.class.getName(),
                db.toString()));
    for (Path d : dumps) cmd.add(d.toString());
    Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        // Papers are written: the run is well inside its transaction (or bulk load).
        if (line.contains("papers-with-abstracts")) break;
      }
      child.destroyForcibly();
      child.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private Path newerPapers() throws IOException {
    ArrayNode papers = (ArrayNode) read(realFile("papers-with-abstracts"));
    for (JsonNode p : papers) {
      if (text(p, "paper_url").endsWith("/generative-adversarial-networks"))
        ((ObjectNode) p).put("title", "Generative Adversarial Nets");
    }
    Path file = Files.createDirectories(dir.resolve("newer")).resolve("papers-with-abstracts.json");
    write(file, papers);
    return file;
  }

  private static Set<Triple> snapshot(Path db) {
    return inGraph(
        db,
        g -> {
          Set<Triple> copy = new HashSet<>();
          g.find().forEachRemaining(copy::add);
          return copy;
        });
  }
}
