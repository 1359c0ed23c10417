package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingesting into a database that already holds a graph: same input, same graph; newer input
 * replaces.
 */
class ReingestTest {
  @TempDir Path dir;

  @Test
  void reingesting_the_same_dumps_gives_the_identical_graph() {
    Path db = dir.resolve("db");
    IngestResult first = ingest(db, realData());
    Set<Triple> before = snapshot(db);
    IngestResult second = ingest(db, realData());
    Set<Triple> after = snapshot(db);
    assertThat(first.bulkLoaded()).isTrue();
    assertThat(second.bulkLoaded()).isFalse();
    assertThat(second.triplesInDatabase()).isEqualTo(first.triplesInDatabase());
    assertThat(before).noneMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
    // Without blank nodes, two graphs are isomorphic exactly when they hold the same triples.
    assertThat(after.equals(before)).as("same triples after the re-run").isTrue();
  }

  @Test
  void a_newer_paper_record_replaces_title_and_authors_without_duplicates() throws IOException {
    Path db = dir.resolve("db");
    ingest(db, realFile("papers-with-abstracts"));
    ArrayNode papers = (ArrayNode) read(realFile("papers-with-abstracts"));
    ObjectNode gan =
        findPaper(papers, "https://paperswithcode.com/paper/generative-adversarial-networks");
    gan.put("title", "Generative Adversarial Nets");
    ((ArrayNode) gan.get("authors")).remove(7);
    Path newer =
        Files.createDirectories(dir.resolve("newer")).resolve("papers-with-abstracts.json");
    write(newer, papers);
    IngestResult update = ingest(db, newer);

    Node p = IRIS.paper("generative-adversarial-networks");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, p, TITLE))
              .containsExactly(NodeFactory.createLiteralString("Generative Adversarial Nets"));
          assertThat(RealDumpsIngestTest.authorNames(g, p))
              .hasSize(7)
              .doesNotContain("Yoshua Bengio")
              .startsWith("Ian J. Goodfellow")
              .endsWith("Aaron Courville");
          assertThat(count(g, p, CREATOR, Node.ANY)).isEqualTo(7);
          assertThat(count(g, IRIS.authorListCell(p, 8), Node.ANY, Node.ANY)).isZero();
          return null;
        });
    assertThat(update.triplesInDatabase()).isEqualTo(inGraph(db, g -> (long) g.size()));
  }

  @Test
  void a_leaderboard_row_gone_from_a_newer_dump_is_gone_from_the_graph() throws IOException {
    Path db = dir.resolve("db");
    ingest(db, realFile("evaluation-tables"));
    long results = inGraph(db, g -> typed(g, RESULT));
    ArrayNode tables = (ArrayNode) read(realFile("evaluation-tables"));
    ArrayNode rows = (ArrayNode) tables.get(0).get("datasets").get(0).get("sota").get("rows");
    String model = rows.get(0).get("model_name").asText();
    String url = rows.get(0).get("paper_url").asText();
    rows.remove(0);
    Path newer = Files.createDirectories(dir.resolve("newer")).resolve("evaluation-tables.json");
    write(newer, tables);
    ingest(db, newer);

    Node table = IRIS.evaluationTable(tables.get(0).get("task").asText(), "CheXpert");
    Node gone = IRIS.result(table, model, url);
    inGraph(
        db,
        g -> {
          assertThat(count(g, gone, Node.ANY, Node.ANY)).isZero();
          assertThat(count(g, IRIS.score(gone, "AVERAGE AUC ON 14 LABEL"), Node.ANY, Node.ANY))
              .isZero();
          return assertThat(typed(g, RESULT)).isEqualTo(results - 1);
        });
  }

  private static ObjectNode findPaper(ArrayNode papers, String url) {
    for (JsonNode p : papers) if (url.equals(text(p, "paper_url"))) return (ObjectNode) p;
    throw new AssertionError("no paper " + url);
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
