package org.pwckg.bench.reliability;

import java.util.Arrays;

/**
 * Whether a resource sampled over a soak grows: after the warm-up, the median of the last third of
 * the samples against the median of the first third (a leak raises it; noise, a sawtooth such as
 * the garbage collector's, and a lone outlier do not), and the least-squares slope per hour for the
 * record. Medians, not means: a live-heap sample now and then counts dead objects too (1.4 GB among
 * 85 MB ones in a soak), and one such sample moved a third's mean by 160 MB.
 *
 * @param firstMedian median of the first third of the samples after the warm-up
 * @param lastMedian median of the last third
 * @param slopePerHour least-squares slope over the samples after the warm-up, per hour
 */
record Trend(double firstMedian, double lastMedian, double slopePerHour) {
  /**
   * @param seconds when each sample was taken, from the start
   * @param values the samples
   * @param warmUpSeconds samples before this are left out (heap and caches grow to their size)
   */
  static Trend of(double[] seconds, double[] values, double warmUpSeconds) {
    int from = 0;
    while (from < seconds.length && seconds[from] < warmUpSeconds) from++;
    int n = seconds.length - from;
    if (n < 3) throw new IllegalArgumentException("Fewer than 3 samples after the warm-up");
    double[] t = Arrays.copyOfRange(seconds, from, seconds.length);
    double[] v = Arrays.copyOfRange(values, from, values.length);
    int third = n / 3;
    return new Trend(median(v, 0, third), median(v, n - third, n), slope(t, v) * 3600);
  }

  /**
   * Flat: the last third's median exceeds the first third's by no more than {@code tolerance} of it
   * (0.10 is 10%), or by no more than {@code floor} (for small counts such as threads).
   */
  boolean flat(double tolerance, double floor) {
    double rise = lastMedian - firstMedian;
    return rise <= Math.max(tolerance * firstMedian, floor);
  }

  /** The rise from the first third to the last, as a fraction of the first. */
  double change() {
    return (lastMedian - firstMedian) / firstMedian;
  }

  private static double median(double[] v, int from, int to) {
    double[] sorted = Arrays.copyOfRange(v, from, to);
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double mean(double[] v, int from, int to) {
    return Arrays.stream(v, from, to).average().orElse(Double.NaN);
  }

  private static double slope(double[] t, double[] v) {
    double mt = mean(t, 0, t.length);
    double mv = mean(v, 0, v.length);
    double num = 0;
    double den = 0;
    for (int i = 0; i < t.length; i++) {
      num += (t[i] - mt) * (v[i] - mv);
      den += (t[i] - mt) * (t[i] - mt);
    }
    return den == 0 ? 0 : num / den;
  }
}
