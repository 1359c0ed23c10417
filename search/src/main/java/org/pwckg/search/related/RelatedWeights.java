package org.pwckg.search.related;

import org.pwckg.search.index.RefKind;

/**
 * How related-paper signals are blended. {@code score = textWeight · cosine + (1 − textWeight) ·
 * graph}, where {@code graph = 1 − exp(−Σ kindWeight · rarity)} over the shared entities and rarity
 * = {@code ln(1 + N/df) / ln(1 + N/2)} over N papers (1 for an entity only the two papers share,
 * near 0 for one most papers have). Without vectors the score is the graph part alone.
 *
 * @param candidates neighbours each engine proposes per result wanted
 */
public record RelatedWeights(
    double textWeight,
    double task,
    double dataset,
    double method,
    double repository,
    int candidates) {
  public static RelatedWeights defaults() {
    // Sharing a code repository is rare and telling; methods such as "Adam" or "Convolution" are
    // common.
    return new RelatedWeights(0.7, 1.0, 1.0, 0.5, 2.0, 5);
  }

  double of(RefKind kind) {
    return switch (kind) {
      case TASK -> task;
      case DATASET -> dataset;
      case METHOD -> method;
      case REPOSITORY -> repository;
      default -> 0;
    };
  }
}
