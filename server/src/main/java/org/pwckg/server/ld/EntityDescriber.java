package org.pwckg.server.ld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/**
 * What an entity IRI dereferences to: its own triples plus those of the sub-nodes it owns (IRIs
 * that start with "{entity}/": author list cells, metric cells of a result), as the mapping
 * promises that a record writes exactly those.
 */
public final class EntityDescriber {
  /** A bound on followed sub-nodes, so one odd entity cannot make a huge answer. */
  private static final int MAX_NODES = 2_000;

  private final Store store;

  public EntityDescriber(Store store) {
    this.store = store;
  }

  public boolean exists(String iri) {
    return store.ask("entity-exists", Map.of("entity", NodeFactory.createURI(iri)));
  }

  public Graph describe(String iri) {
    return store.read(
        () -> {
          Graph out = GraphFactory.createDefaultGraph();
          String owned = iri + "/";
          Deque<String> todo = new ArrayDeque<>();
          Set<String> seen = new HashSet<>();
          todo.push(iri);
          while (!todo.isEmpty() && seen.size() < MAX_NODES) {
            String subject = todo.pop();
            if (!seen.add(subject)) continue;
            store
                .construct("entity-triples", Map.of("entity", NodeFactory.createURI(subject)))
                .find()
                .forEach(
                    t -> {
                      out.add(t);
                      Node o = t.getObject();
                      if (o.isURI() && o.getURI().startsWith(owned)) todo.push(o.getURI());
                    });
          }
          return out;
        });
  }

  /** Display names of the IRIs the entity points to. */
  public Map<String, String> labels(String iri) {
    Map<String, String> labels = new HashMap<>();
    for (Row r : store.select("entity-labels", Map.of("entity", NodeFactory.createURI(iri)))) {
      labels.putIfAbsent(r.iri("o"), r.text("label"));
    }
    return labels;
  }
}
