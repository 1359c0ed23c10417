package org.pwckg.ontology.store;

import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.pwckg.ontology.Vocab;

/**
 * The graph state token ({@code pwc:graphState} on the ingest graph): a random value that every
 * change to the graph replaces in its own write transaction. Views derived from the graph (the
 * keyword index) record the token they reflect, so that one lookup tells whether they are behind,
 * with no read of the graph itself — also after a crash between the graph's commit and the view's.
 */
public final class GraphState {
  /**
   * The state of a database that has never been stamped (built before tokens existed, or empty).
   */
  public static final String NONE = "";

  private GraphState() {}

  /** A fresh token. */
  public static String fresh() {
    return UUID.randomUUID().toString();
  }

  /** The triple that records {@code token} on the ingest graph {@code graph}. */
  public static Triple triple(Node graph, String token) {
    return Triple.create(graph, Vocab.GRAPH_STATE, NodeFactory.createLiteralString(token));
  }

  /** The token the graph is at, or {@link #NONE}; the caller holds a transaction. */
  public static String read(DatasetGraph dsg) {
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.GRAPH_STATE, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : NONE;
  }

  /**
   * Replaces the token with a fresh one, inside the caller's write transaction. The token lives on
   * the ingest graph, the graph that names the base ({@code void:uriSpace}); a database without one
   * (never ingested) keeps no token: its index is synced whenever it is empty.
   */
  public static void stamp(DatasetGraph dsg) {
    List<Quad> old = dsg.stream(Node.ANY, Node.ANY, Vocab.GRAPH_STATE, Node.ANY).toList();
    Quad home =
        !old.isEmpty()
            ? old.getFirst()
            : dsg.stream(Node.ANY, Node.ANY, Vocab.URI_SPACE, Node.ANY).findFirst().orElse(null);
    old.forEach(dsg::delete);
    if (home == null) return;
    Triple t = triple(home.getSubject(), fresh());
    dsg.add(Quad.create(home.getGraph(), t));
  }
}
