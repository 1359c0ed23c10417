package org.pwckg.generate.sample;

import java.util.SplittableRandom;

/** Walker's alias method: draws index i with probability weight[i] / sum in constant time. */
public final class AliasTable {
  private final double[] probability;
  private final int[] alias;

  public AliasTable(double[] weights) {
    int n = weights.length;
    if (n == 0) throw new IllegalArgumentException("no weights");
    double sum = 0;
    for (double w : weights) {
      if (w < 0 || Double.isNaN(w)) throw new IllegalArgumentException("bad weight " + w);
      sum += w;
    }
    if (sum <= 0) throw new IllegalArgumentException("weights sum to zero");
    probability = new double[n];
    alias = new int[n];
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = weights[i] * n / sum;
      if (scaled[i] < 1.0) small[smallCount++] = i;
      else large[largeCount++] = i;
    }
    while (smallCount > 0 && largeCount > 0) {
      int s = small[--smallCount];
      int l = large[--largeCount];
      probability[s] = scaled[s];
      alias[s] = l;
      scaled[l] = scaled[l] + scaled[s] - 1.0;
      if (scaled[l] < 1.0) small[smallCount++] = l;
      else large[largeCount++] = l;
    }
    while (largeCount > 0) probability[large[--largeCount]] = 1.0;
    while (smallCount > 0) probability[small[--smallCount]] = 1.0;
  }

  public static AliasTable of(long[] counts) {
    double[] w = new double[counts.length];
    for (int i = 0; i < counts.length; i++) w[i] = counts[i];
    return new AliasTable(w);
  }

  public int sample(SplittableRandom random) {
    int i = random.nextInt(probability.length);
    return random.nextDouble() < probability[i] ? i : alias[i];
  }
}
