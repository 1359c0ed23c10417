package org.pwckg.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}. {@code count} is every keyword match in keyword mode; in
 * semantic and hybrid mode, the candidates ranked (semantic search has no "all matches"). {@code
 * facets} (dimension → values, most frequent first) count the same set. {@code notes} say where the
 * answer differs from what was asked (e.g. no vectors, so keyword only). {@code approximate}: the
 * count and the facet counts are estimates from a sample of the index (a keyword search with more
 * than 10,000 matches); the results themselves are always the exact best ones.
 */
public record SearchResponse(
    String query,
    String mode,
    String type,
    long count,
    boolean approximate,
    int offset,
    int limit,
    List<SearchHit> results,
    Map<String, List<FacetCount>> facets,
    List<String> notes) {}
