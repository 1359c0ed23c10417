package org.pwckg.ontology.metrics;

/** Whether a larger metric value ranks higher on a leaderboard. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
