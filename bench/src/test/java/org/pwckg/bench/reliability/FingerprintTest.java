package org.pwckg.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.GraphState;
import org.pwckg.ontology.store.TdbDatabase;

/** The kill harness compares databases by fingerprint: it must see data, not run times. */
class FingerprintTest {
  @TempDir Path dir;

  private static final Node G = NodeFactory.createURI("urn:g");
  private static final Node PAPER = Iris.DEFAULT.paper("deepseek-vl-towards-real-world-vision");

  @Test
  void two_runs_that_differ_only_in_their_times_and_graph_state_have_one_fingerprint() {
    Path a = database("a", "DeepSeek-VL", "2026-12-05T19:00:00Z", "one");
    Path b = database("b", "DeepSeek-VL", "2026-12-05T20:00:00Z", "two");
    assertThat(Fingerprint.graphOf(a)).isEqualTo(Fingerprint.graphOf(b));
  }

  @Test
  void a_changed_title_changes_the_fingerprint() {
    Path a = database("a", "DeepSeek-VL", "2026-12-05T19:00:00Z", "one");
    Path b = database("b", "DeepSeek-VL (revised)", "2026-12-05T19:00:00Z", "one");
    assertThat(Fingerprint.graphOf(a).difference(Fingerprint.graphOf(b))).startsWith("graph");
  }

  private Path database(String name, String title, String time, String state) {
    Path db = dir.resolve(name);
    DatasetGraph dsg = TdbDatabase.openOrCreate(db);
    Txn.executeWrite(
        dsg,
        () -> {
          dsg.add(Quad.create(G, PAPER, Vocab.TITLE, NodeFactory.createLiteralString(title)));
          dsg.add(
              Quad.create(
                  G,
                  G,
                  Vocab.ENDED_AT,
                  NodeFactory.createLiteralDT(time, XSDDatatype.XSDdateTime)));
          dsg.add(Quad.create(G, GraphState.triple(G, state)));
        });
    TDBInternal.expel(dsg);
    return db;
  }
}
