package org.pwckg.ontology.metrics;

import java.util.List;
import java.util.Optional;

/**
 * What the order of a table's rows says about the direction of its first metric. The archive lists
 * a leaderboard's rows ranked by that metric, so rows sorted by it from high to low mean higher is
 * better, and from low to high lower is better. Only a clear order counts: at least three distinct
 * values, never out of order (ties allowed). Of the 130 tables of the real slice, 72 are clearly
 * sorted by their first metric, every one the way the metric's meaning says
 * (DirectionAccuracyTest).
 */
public final class RowOrder {
  static final int MIN_DISTINCT = 3;

  private RowOrder() {}

  /** The direction the values (in row order, unparseable cells left out) are sorted in, if any. */
  public static Optional<Direction> of(List<Double> values) {
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < values.size(); i++) {
      int c = Double.compare(values.get(i - 1), values.get(i));
      if (c < 0) down = false;
      if (c > 0) up = false;
    }
    if (up == down || values.stream().distinct().count() < MIN_DISTINCT) return Optional.empty();
    return Optional.of(down ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER);
  }
}
