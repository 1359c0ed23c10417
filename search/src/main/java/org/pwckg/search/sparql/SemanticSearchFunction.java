package org.pwckg.search.sparql;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.pwckg.search.SemanticIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code (?paper ?score) pwc:semanticSearch ("text" k)}: the k papers nearest to the text's
 * embedding, score = cosine. k is required (1 to {@value #MAX_K}): nearest-neighbour search has no
 * "all matches"; fewer rows than k mean there are fewer papers with vectors.
 */
final class SemanticSearchFunction extends HitFunction {
  static final int MAX_K = 10_000;
  private static final Logger log = LoggerFactory.getLogger(SemanticSearchFunction.class);

  private final Optional<SemanticIndex> vectors;

  SemanticSearchFunction(Optional<SemanticIndex> vectors) {
    super("pwc:semanticSearch", 2, 2);
    this.vectors = vectors;
  }

  @Override
  Iterator<Hit> hits(List<Node> args, ExecutionContext context) {
    String text = Args.text("pwc:semanticSearch", args, 0);
    int k = Args.integer("pwc:semanticSearch", args, 1, 1, MAX_K, null);
    // Unregistered, the function would be a plain triple pattern that silently matches nothing.
    SemanticIndex v =
        vectors.orElseThrow(
            () ->
                new Args.Invalid(
                    "pwc:semanticSearch: this database has no paper embeddings yet (run 'pwckg embed')"));
    return nearest(v, v.embedQuery(text), k, "pwc:semanticSearch");
  }

  static Iterator<Hit> nearest(SemanticIndex vectors, float[] vector, int k, String fn) {
    List<Hit> hits =
        vectors.nearest(vector, k, null).stream()
            .map(n -> new Hit(n.iri(), n.similarity()))
            .toList();
    if (hits.size() < k)
      log.warn("{}: asked for {} neighbours, only {} papers have vectors", fn, k, hits.size());
    return hits.iterator();
  }
}
