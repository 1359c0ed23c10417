package org.pwckg.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, SIGIR 2009): an entity scores {@code Σ weight
 * / (K + rank)} over the lists that hold it. Ranks, not scores, are fused, so BM25 and cosine need
 * no common scale.
 *
 * @param k the rank constant; 60 as in the paper dampens the difference between the top few ranks
 * @param keywordWeight weight of the BM25 list
 * @param semanticWeight weight of the embedding list
 */
public record RankFusion(int k, double keywordWeight, double semanticWeight) {
  public static RankFusion standard() {
    return new RankFusion(60, 1.0, 1.0);
  }

  /**
   * A fused entity (its document, as in {@link Ranked}): its fused score and where each engine
   * ranked it (null: not found by it).
   */
  record Fused(int doc, double score, Ranked keyword, Ranked semantic) {}

  List<Fused> fuse(List<Ranked> keyword, List<Ranked> semantic) {
    Map<Integer, Ranked[]> byDoc = new LinkedHashMap<>();
    keyword.forEach(r -> byDoc.computeIfAbsent(r.doc(), d -> new Ranked[2])[0] = r);
    semantic.forEach(r -> byDoc.computeIfAbsent(r.doc(), d -> new Ranked[2])[1] = r);
    List<Fused> fused = new ArrayList<>(byDoc.size());
    byDoc.forEach(
        (doc, pair) ->
            fused.add(
                new Fused(
                    doc,
                    score(pair[0], keywordWeight) + score(pair[1], semanticWeight),
                    pair[0],
                    pair[1])));
    // Ties (an entity at rank r in one list, another at rank r in the other) go to the semantic
    // rank, then the document.
    fused.sort(
        Comparator.comparingDouble(Fused::score)
            .reversed()
            .thenComparingInt(f -> f.semantic() == null ? Integer.MAX_VALUE : f.semantic().rank())
            .thenComparingInt(Fused::doc));
    return fused;
  }

  private double score(Ranked r, double weight) {
    return r == null ? 0 : weight / (k + r.rank());
  }
}
