package org.pwckg.search.query;

/**
 * How keyword search counts its matches: exactly up to {@code exactUpTo}, then from a sample of
 * about {@code sampleDocs} documents ({@link SampledDocs}).
 */
public record MatchCounting(int exactUpTo, int sampleDocs) {
  /**
   * 10,000 exact matches keep every filtered listing and narrow query exact. A 16,384-document
   * sample of the 610k-document archive index puts a count of 100k matches within about 2–3 % (one
   * standard deviation) and a facet value of 5,000 within about 12 %; counting it is a quarter of a
   * sentence query's time.
   */
  public static final MatchCounting STANDARD = new MatchCounting(10_000, 16_384);
}
