package org.pwckg.search.quality;

import java.util.List;

/**
 * Retrieval quality over queries that each have one right answer: the share found first (recall@1),
 * among the first ten (recall@10), and the mean reciprocal rank (0 when not found in the ranked
 * depth).
 */
record Metrics(String mode, int queries, double recallAt1, double recallAt10, double mrr) {
  /** From the rank (from 1) of the right answer for each query, 0 when it was not found. */
  static Metrics of(String mode, List<Integer> ranks) {
    double at1 = ranks.stream().filter(r -> r == 1).count() / (double) ranks.size();
    double at10 = ranks.stream().filter(r -> r >= 1 && r <= 10).count() / (double) ranks.size();
    double mrr = ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).average().orElse(0);
    return new Metrics(mode, ranks.size(), at1, at10, mrr);
  }

  String row() {
    return String.format(
        "| %s | %d | %.3f | %.3f | %.3f |", mode, queries, recallAt1, recallAt10, mrr);
  }
}
