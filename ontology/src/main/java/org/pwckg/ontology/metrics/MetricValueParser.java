package org.pwckg.ontology.metrics;

import java.util.OptionalDouble;

/** Parses the metric strings of the evaluation tables ("85.1%", "0.8428 ± 0.0014", "220k"…). */
public final class MetricValueParser {
  private MetricValueParser() {}

  /** CONTRACT ONLY — the ontology work replaces this body with the full rule set. */
  public static MetricValue parse(String raw) {
    try {
      return new MetricValue(raw, OptionalDouble.of(Double.parseDouble(raw.trim())), OptionalDouble.empty(), false);
    } catch (RuntimeException e) {
      return MetricValue.unparseable(raw);
    }
  }
}
