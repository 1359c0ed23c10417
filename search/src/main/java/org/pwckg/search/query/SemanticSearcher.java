package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.search.Query;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.SemanticIndex.Neighbour;
import org.pwckg.search.index.FacetedSearcher;

/**
 * Nearest papers to the query's embedding that also pass the request's filters. The vectors know
 * nothing but paper IRIs, so the filters are checked in the keyword index: a selective filter (few
 * papers) restricts the vector search to its papers; a broad one is applied to a widened set of
 * neighbours, widened again until the page is full or the vectors are exhausted. Neighbours with no
 * document (a paper gone from the graph, its vector not yet removed) are dropped too.
 */
final class SemanticSearcher {
  /**
   * Up to this many filtered papers, the vectors are searched among them only (Lucene's filtered
   * search).
   */
  static final int RESTRICT_MAX = 20_000;

  private final SemanticIndex vectors;

  SemanticSearcher(SemanticIndex vectors) {
    this.vectors = vectors;
  }

  List<Ranked> search(
      FacetedSearcher searcher, float[] query, Query filter, boolean filtered, int depth)
      throws IOException {
    int size = Math.max(vectors.size(), 1);
    // Without a filter only a paper gone from the graph drops out, so the first try asks for just
    // the depth.
    int first = depth;
    if (filtered) {
      int passing = searcher.count(filter);
      if (passing == 0) return List.of();
      if (passing <= RESTRICT_MAX) {
        // Every paper searched among passes the filter, and its document is known already.
        Map<String, Integer> docs = searcher.docsMatching(filter);
        return ranked(vectors.nearest(query, depth, docs.keySet()), docs, doc -> true, depth);
      }
      // A broad filter drops about the share of neighbours that it drops of all papers: asking
      // for the depth over that share, and half again, mostly fills the page with one vector
      // search, where a fixed guess (twice the depth) often fell short and searched again four
      // times deeper (BENCHMARKS.md, "One lookup per request").
      first = (int) Math.max(depth, Math.min(size, Math.ceil(1.5 * depth * size / passing)));
    }
    for (int k = Math.min(first, size); ; k = Math.min(k * 4, size)) {
      List<Neighbour> near = vectors.nearest(query, k, null);
      List<Ranked> kept = keep(searcher, near, filter, depth);
      if (kept.size() >= depth || near.size() < k || k >= size) return kept;
    }
  }

  /**
   * The neighbours that have a document passing {@code filter}, as those documents, re-ranked from
   * 1, at most {@code depth}.
   */
  private static List<Ranked> keep(
      FacetedSearcher searcher, List<Neighbour> near, Query filter, int depth) throws IOException {
    if (near.isEmpty()) return List.of();
    Map<String, Integer> docs = searcher.docsOf(near.stream().map(Neighbour::iri).toList());
    return ranked(near, docs, searcher.matching(docs.values(), filter)::contains, depth);
  }

  /**
   * The neighbours whose document ({@code docs}, by IRI) is there and {@code passes}, as those
   * documents, re-ranked from 1, at most {@code depth}.
   */
  private static List<Ranked> ranked(
      List<Neighbour> near, Map<String, Integer> docs, Predicate<Integer> passes, int depth) {
    Set<Integer> seen = new HashSet<>();
    List<Ranked> kept = new ArrayList<>();
    for (Neighbour n : near) {
      if (kept.size() == depth) break;
      Integer doc = docs.get(n.iri());
      if (doc != null && passes.test(doc) && seen.add(doc))
        kept.add(new Ranked(doc, kept.size() + 1, n.similarity()));
    }
    return kept;
  }
}
