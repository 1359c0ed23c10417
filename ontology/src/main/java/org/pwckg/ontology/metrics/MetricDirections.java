package org.pwckg.ontology.metrics;

/**
 * Decides each metric's direction from a documented rule set plus an override file.
 * CONTRACT ONLY — the ontology work replaces this body.
 */
public final class MetricDirections {
  public static MetricDirections defaults() {
    return new MetricDirections();
  }

  public MetricDirection of(String metricName) {
    return new MetricDirection(Direction.HIGHER_IS_BETTER, "default");
  }
}
