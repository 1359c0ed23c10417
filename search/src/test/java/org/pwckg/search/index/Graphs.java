package org.pwckg.search.index;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Vocab;

/** Counts straight from the graph, to check the index against. */
final class Graphs {
  private Graphs() {}

  static long countOfType(DatasetGraph dsg, Node type) {
    return Txn.calculateRead(
        dsg,
        () ->
            dsg.getDefaultGraph()
                .find(Node.ANY, Vocab.TYPE, type)
                .mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI)
                .toSet()
                .size());
  }
}
