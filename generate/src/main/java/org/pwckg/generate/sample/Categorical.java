package org.pwckg.generate.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A finite distribution over values, built from observed counts. */
public final class Categorical<T> {
  private final List<T> values;
  private final AliasTable table;

  private Categorical(List<T> values, AliasTable table) {
    this.values = List.copyOf(values);
    this.table = table;
  }

  /** Values drawn in proportion to their counts; the map's iteration order fixes the indices. */
  public static <T> Categorical<T> of(Map<T, ? extends Number> counts) {
    List<T> values = new ArrayList<>(counts.size());
    double[] weights = new double[counts.size()];
    int i = 0;
    for (Map.Entry<T, ? extends Number> e : counts.entrySet()) {
      values.add(e.getKey());
      weights[i++] = e.getValue().doubleValue();
    }
    return new Categorical<>(values, new AliasTable(weights));
  }

  /** Every value equally likely. */
  public static <T> Categorical<T> uniform(List<T> values) {
    double[] weights = new double[values.size()];
    java.util.Arrays.fill(weights, 1.0);
    return new Categorical<>(values, new AliasTable(weights));
  }

  public T sample(SplittableRandom random) {
    return values.get(table.sample(random));
  }

  /** The mean of a numeric distribution, weighted by the counts it was built from. */
  public static double mean(Map<Integer, Integer> histogram) {
    double sum = 0;
    double n = 0;
    for (Map.Entry<Integer, Integer> e : histogram.entrySet()) {
      sum += (double) e.getKey() * e.getValue();
      n += e.getValue();
    }
    return n == 0 ? 0 : sum / n;
  }
}
