package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * The bulk load of an empty database writes TDB2's indexes itself, sorted and packed. This checks
 * that they hold exactly what ordinary inserts of the same records into TDB2 give, and that each
 * index answers the lookups it serves: a tuple put in the wrong order would be missed only by
 * those.
 */
class PackedLoadTest {
  @TempDir static Path dir;
  static DatasetGraph packed;
  static DatasetGraph inserted;

  @BeforeAll
  static void loadTheRealSampleBothWays() throws Exception {
    Path[] dumps;
    try (Stream<Path> files = Files.list(realData())) {
      dumps = files.filter(f -> f.toString().endsWith(".json.gz")).sorted().toArray(Path[]::new);
    }
    assertThat(ingest(dir.resolve("db"), dumps).bulkLoaded()).isTrue();
    packed = TdbDatabase.openExisting(dir.resolve("db"));
    // TDB2 too, in memory: it keeps numbers by value (0.70 reads back as 0.7e0) as any TDB2 does.
    inserted = DatabaseMgr.createDatasetGraph();
    IngestResult update =
        Ingest.into(inserted, IngestOptions.of(dir.resolve("unused"), List.of(dumps)), line -> {});
    assertThat(update.bulkLoaded()).isFalse();
  }

  @Test
  void the_default_graph_holds_exactly_the_triples_an_ordinary_insert_gives() {
    Set<Triple> expected = triples(inserted);
    Set<Triple> actual = triples(packed);
    assertThat(actual).hasSizeGreaterThan(100_000);
    Set<Triple> missing = new HashSet<>(expected);
    missing.removeAll(actual);
    Set<Triple> extra = new HashSet<>(actual);
    extra.removeAll(expected);
    assertThat(missing).as("missing").isEmpty();
    assertThat(extra).as("not expected").isEmpty();
  }

  @Test
  void every_triple_index_finds_what_the_ordinary_graph_finds() {
    List<Triple> sample = sample(triples(inserted), 4_000);
    Txn.executeRead(
        packed,
        () ->
            Txn.executeRead(
                inserted,
                () -> {
                  for (Triple t : sample) {
                    Node s = t.getSubject();
                    Node p = t.getPredicate();
                    Node o = t.getObject();
                    for (Triple pattern :
                        List.of(
                            Triple.create(s, p, Node.ANY),
                            Triple.create(Node.ANY, p, o),
                            Triple.create(s, Node.ANY, o),
                            Triple.create(Node.ANY, Node.ANY, o),
                            Triple.create(s, Node.ANY, Node.ANY),
                            t)) {
                      assertThat(find(packed, pattern))
                          .as("%s", pattern)
                          .isEqualTo(find(inserted, pattern));
                    }
                  }
                }));
  }

  @Test
  void every_quad_of_the_named_graphs_is_found_through_every_quad_index() {
    List<Quad> quads =
        Txn.calculateRead(
            packed,
            () -> {
              List<Quad> all = new ArrayList<>();
              packed.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> all.add(q));
              return all.stream().filter(q -> !q.isDefaultGraph()).toList();
            });
    assertThat(quads).isNotEmpty();
    Txn.executeRead(
        packed,
        () -> {
          for (Quad q : quads) {
            Node g = q.getGraph();
            Node s = q.getSubject();
            Node p = q.getPredicate();
            Node o = q.getObject();
            assertThat(packed.contains(g, Node.ANY, p, o)).as("GPOS %s", q).isTrue();
            assertThat(packed.contains(g, Node.ANY, Node.ANY, o)).as("GOSP %s", q).isTrue();
            assertThat(packed.contains(Node.ANY, s, p, o)).as("SPOG %s", q).isTrue();
            assertThat(packed.contains(Node.ANY, Node.ANY, p, o)).as("POSG %s", q).isTrue();
            assertThat(packed.contains(Node.ANY, Node.ANY, Node.ANY, o)).as("OSPG %s", q).isTrue();
            assertThat(packed.contains(g, s, p, o)).as("GSPO %s", q).isTrue();
          }
        });
  }

  private static Set<Triple> triples(DatasetGraph dsg) {
    return Txn.calculateRead(
        dsg,
        () -> {
          Set<Triple> all = new HashSet<>();
          dsg.getDefaultGraph().find().forEachRemaining(all::add);
          return all;
        });
  }

  private static Set<Triple> find(DatasetGraph dsg, Triple pattern) {
    Set<Triple> found = new HashSet<>();
    dsg.getDefaultGraph()
        .find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject())
        .forEachRemaining(found::add);
    return found;
  }

  /** Every n-th triple in a fixed order, so a failure repeats. */
  private static List<Triple> sample(Set<Triple> all, int size) {
    List<Triple> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> a.toString().compareTo(b.toString()));
    int step = Math.max(1, sorted.size() / size);
    List<Triple> picked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i += step) picked.add(sorted.get(i));
    return picked;
  }
}
