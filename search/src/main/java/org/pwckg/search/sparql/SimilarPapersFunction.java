package org.pwckg.search.sparql;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.pwckg.search.UnknownEntityException;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.search.related.RelatedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code (?paper ?score) pwc:similarPapers (<paper> k)}: the k papers most related to a paper, as
 * {@code /api/v1/papers/{id}/related} ranks them (embedding neighbours blended with shared tasks,
 * datasets, methods and code); k from 1 to {@value RelatedPapers#MAX_K}. An IRI that is not a paper
 * fails the query.
 */
final class SimilarPapersFunction extends HitFunction {
  private static final Logger log = LoggerFactory.getLogger(SimilarPapersFunction.class);

  private final RelatedPapers related;

  SimilarPapersFunction(RelatedPapers related) {
    super("pwc:similarPapers", 2, 2);
    this.related = related;
  }

  @Override
  Iterator<Hit> hits(List<Node> args, ExecutionContext context) {
    String paper = Args.iri("pwc:similarPapers", args, 0);
    int k = Args.integer("pwc:similarPapers", args, 1, 1, RelatedPapers.MAX_K, null);
    RelatedResponse answer;
    try {
      answer = related.of(paper, k);
    } catch (UnknownEntityException e) {
      throw new Args.Invalid("pwc:similarPapers: " + e.getMessage());
    }
    answer.notes().forEach(note -> log.warn("pwc:similarPapers <{}>: {}", paper, note));
    return answer.results().stream().map(r -> new Hit(r.iri(), r.score())).iterator();
  }
}
