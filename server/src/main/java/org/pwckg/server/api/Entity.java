package org.pwckg.server.api;

import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/**
 * An entity page being read (paper, task, dataset, method): its IRI, the query parameters that name
 * it ({@code kind → IRI}, as every {@code kind-*.rq} binds it) and its own row.
 */
record Entity(Node iri, Map<String, Node> params, Row row) {
  /**
   * Reads the page of {@code kind}/{@code id} in one read transaction; a bad id is a 400 and an id
   * not in the graph a 404 naming it.
   */
  static <T> T read(Store store, Ids ids, String kind, String id, Function<Entity, T> page) {
    Node iri = ids.iri(kind, id);
    Map<String, Node> params = Map.of(kind, iri);
    return store.read(
        () ->
            page.apply(
                new Entity(
                    iri,
                    params,
                    store.first(kind, params, "No " + kind + " with id '" + id + "'"))));
  }
}
