package org.pwckg.search.related;

import java.util.List;

/**
 * A related paper: the blended {@code score} (0–1), its parts ({@code similarity}: cosine of the
 * embeddings, null without vectors; {@code graphScore}: shared tasks, datasets, methods and code,
 * 0–1), the signals behind them and {@code why}, the signals in words.
 */
public record RelatedPaper(
    String iri,
    String title,
    Integer year,
    Boolean hasCode,
    double score,
    Double similarity,
    double graphScore,
    List<Signal> signals,
    String why) {

  /** This paper with another blended score, its signals and their words. */
  public RelatedPaper rescored(double newScore, List<Signal> newSignals, String newWhy) {
    return new RelatedPaper(
        iri, title, year, hasCode, newScore, similarity, graphScore, newSignals, newWhy);
  }
}
