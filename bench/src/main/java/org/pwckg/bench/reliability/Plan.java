package org.pwckg.bench.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * What a corruption class wrote: the damaged units (records, or whole files) as the report line
 * prefix that must name each ({@code "FILE record N"}), and the slugs of the good papers that must
 * be in the graph afterwards.
 */
final class Plan {
  final List<String> damaged = new ArrayList<>();
  final List<String> goodSlugs = new ArrayList<>();

  /** Whether each damaged unit must have a report line (false: it may be kept, cleaned). */
  boolean mustReport = true;

  /** Whether the leaderboard rows must be those of a clean ingest of the real tables, once. */
  boolean countsResults;

  void damaged(String file, long record) {
    damaged.add(file + " record " + record);
  }
}
