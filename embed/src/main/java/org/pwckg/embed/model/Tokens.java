package org.pwckg.embed.model;

/**
 * Tokenised texts, unpadded: {@code ids[i]} and {@code typeIds[i]} belong to text {@code i}.
 * Padding happens per batch, after length sorting, so short texts are not padded to the longest
 * one.
 */
public record Tokens(long[][] ids, long[][] typeIds) {

  public int size() {
    return ids.length;
  }

  public int length(int i) {
    return ids[i].length;
  }

  public long totalTokens() {
    long total = 0;
    for (long[] row : ids) total += row.length;
    return total;
  }
}
