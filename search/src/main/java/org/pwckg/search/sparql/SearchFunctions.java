package org.pwckg.search.sparql;

import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.pwckg.ontology.Namespaces;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.related.RelatedPapers;

/**
 * The search property functions, registered in one dataset's context (not Jena's global registry,
 * so two databases in one process keep their own indexes): all three always, so a query never
 * silently matches nothing: {@code pwc:semanticSearch} fails with a reason when the database has no
 * vectors, {@code pwc:similarPapers} then uses graph signals only. See queries/search-*.rq and
 * related-*.rq for examples.
 */
public final class SearchFunctions {
  public static final String TEXT_SEARCH = Namespaces.PWC + "textSearch";
  public static final String SEMANTIC_SEARCH = Namespaces.PWC + "semanticSearch";
  public static final String SIMILAR_PAPERS = Namespaces.PWC + "similarPapers";

  private SearchFunctions() {}

  /** Jena's standard property functions plus ours over these indexes. */
  public static PropertyFunctionRegistry registry(
      KeywordIndex index, Optional<SemanticIndex> vectors, RelatedPapers related) {
    PropertyFunctionRegistry registry =
        PropertyFunctionRegistry.createFrom(PropertyFunctionRegistry.get());
    registry.put(TEXT_SEARCH, uri -> new TextSearchFunction(index));
    registry.put(SEMANTIC_SEARCH, uri -> new SemanticSearchFunction(vectors));
    registry.put(SIMILAR_PAPERS, uri -> new SimilarPapersFunction(related));
    return registry;
  }

  /** Makes the functions available to every query on {@code dataset}. */
  public static void register(
      DatasetGraph dataset,
      KeywordIndex index,
      Optional<SemanticIndex> vectors,
      RelatedPapers related) {
    register(dataset.getContext(), index, vectors, related);
  }

  public static void register(
      Context context, KeywordIndex index, Optional<SemanticIndex> vectors, RelatedPapers related) {
    PropertyFunctionRegistry.set(context, registry(index, vectors, related));
  }
}
