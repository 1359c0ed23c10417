package org.pwckg.search.query;

/**
 * How keyword search counts its matches: exactly up to {@code exactUpTo}, then from a sample of
 * about {@code sampleDocs} documents ({@link SampledDocs}).
 */
public record MatchCounting(int exactUpTo, int sampleDocs) {
  /**
   * 10,000 exact matches keep every filtered listing and narrow query exact; a 32,768-document
   * sample puts a count of 100k matches within about 2 % and the top facet values within 5–10 %.
   */
  public static final MatchCounting STANDARD = new MatchCounting(10_000, 32_768);
}
