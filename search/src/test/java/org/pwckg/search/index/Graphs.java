package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Vocab;

/** Counts and documents straight from the graph, to check the index against. */
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

  /** Every entity of {@code dsg} as the index reads it, in the reader's order. */
  static List<EntityDoc> docs(DatasetGraph dsg) {
    EntityReader reader = new EntityReader();
    List<EntityDoc> docs = new ArrayList<>();
    Txn.executeRead(
        dsg,
        () -> {
          for (EntityKind kind : EntityKind.values()) reader.forEach(dsg, kind, docs::add);
        });
    return docs;
  }
}
