package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.SemanticIndex.Neighbour;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;

/**
 * Nearest papers to the query's embedding that also pass the request's filters. The vectors know
 * nothing but paper IRIs, so the filters are checked in the keyword index: a selective filter (few
 * papers) restricts the HNSW search to its papers; a broad one is applied to a widened set of
 * neighbours, widened again until the page is full or the vectors are exhausted. Neighbours with no
 * document (a paper gone from the graph, its vector not yet removed) are dropped too.
 */
final class SemanticSearcher {
  /** Up to this many filtered papers, HNSW searches among them only (Lucene's filtered search). */
  static final int RESTRICT_MAX = 20_000;

  private final SemanticIndex vectors;

  SemanticSearcher(SemanticIndex vectors) {
    this.vectors = vectors;
  }

  List<Ranked> search(
      FacetedSearcher searcher, float[] query, Query filter, boolean filtered, int depth)
      throws IOException {
    if (filtered) {
      int passing = searcher.count(filter);
      if (passing == 0) return List.of();
      if (passing <= RESTRICT_MAX)
        return keep(searcher, vectors.nearest(query, depth, ids(searcher, filter)), filter, depth);
    }
    int size = Math.max(vectors.size(), 1);
    // Without a filter only a paper gone from the graph drops out, so the first try asks for just
    // the depth; a broad filter drops more, so it asks for twice that.
    int first = filtered ? depth * 2 : depth;
    for (int k = Math.min(first, size); ; k = Math.min(k * 4, size)) {
      List<Neighbour> near = vectors.nearest(query, k, null);
      List<Ranked> kept = keep(searcher, near, filter, depth);
      if (kept.size() >= depth || near.size() < k || k >= size) return kept;
    }
  }

  private static List<String> ids(FacetedSearcher searcher, Query filter) throws IOException {
    TopDocs all = searcher.search(filter, Math.max(1, searcher.count(filter)));
    List<String> ids = new ArrayList<>(all.scoreDocs.length);
    Set<String> field = Set.of(IndexFields.ID);
    for (ScoreDoc sd : all.scoreDocs)
      ids.add(searcher.storedFields().document(sd.doc, field).get(IndexFields.ID));
    return ids;
  }

  /**
   * The neighbours that have a document passing {@code filter}, re-ranked from 1, at most {@code
   * depth}.
   */
  private static List<Ranked> keep(
      FacetedSearcher searcher, List<Neighbour> near, Query filter, int depth) throws IOException {
    if (near.isEmpty()) return List.of();
    Map<String, Float> byIri = new LinkedHashMap<>();
    near.forEach(n -> byIri.putIfAbsent(n.iri(), n.similarity()));
    Set<String> ok = searcher.matching(byIri.keySet(), filter);
    List<Ranked> kept = new ArrayList<>();
    for (Map.Entry<String, Float> e : byIri.entrySet()) {
      if (kept.size() == depth) break;
      if (ok.contains(e.getKey())) kept.add(new Ranked(e.getKey(), kept.size() + 1, e.getValue()));
    }
    return kept;
  }
}
