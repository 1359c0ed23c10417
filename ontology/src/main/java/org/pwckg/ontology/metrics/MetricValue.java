package org.pwckg.ontology.metrics;

import java.util.OptionalDouble;

/**
 * A leaderboard cell made into data: the number (if any), its ± spread, and the raw string as the
 * archive gave it. {@code value} is empty when the cell could not be parsed; the row is kept.
 */
public record MetricValue(
    String raw, OptionalDouble value, OptionalDouble spread, boolean percent) {
  public boolean parsed() {
    return value.isPresent();
  }

  public static MetricValue unparseable(String raw) {
    return new MetricValue(raw, OptionalDouble.empty(), OptionalDouble.empty(), false);
  }
}
