package org.pwckg.embed.index;

import org.apache.lucene.util.quantization.OptimizedScalarQuantizer;

/**
 * Adds the dot products of 1-bit codes with a 4-bit query, {@code Σ 2^p·popcount(q_p & x)}, one
 * code word at a time over a block of codes. With the Vector API module present (the launcher, the
 * tests and the benchmarks add it, as Lucene wants it too) eight codes go through each AVX-512
 * popcount; without it a plain loop, which the JIT vectorises in some compilations and not in
 * others (1.3 against 2.5 ms for 578k codes, and worse inside a larger method).
 */
interface CodeDots {
  CodeDots BEST =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
          ? new VectorCodeDots()
          : new ScalarCodeDots();

  /**
   * Adds to {@code sums[i]} the dot product of {@code column[from + i]} (one word of code {@code
   * from + i}) with the query word's four bit planes {@code q0..q3}, for {@code i < length}.
   */
  void add(long[] column, int from, int length, long q0, long q1, long q2, long q3, long[] sums);

  /**
   * Lucene's quantised dot product of codes {@code from} to {@code from + length} less the terms
   * that are equal for every code of one query, {@code ax·ay·d + ay·lx·x1 + ax·ly·y1 + lx·ly·⟨q,x⟩
   * + x_add}, as {@code ax·c + lx·x1·ay + lx·ly·dots[i] + x_add} with {@code c = ay·d + ly·y1}.
   */
  void scores(
      Terms terms, int from, int length, long[] dots, float c, float ay, float ly, float[] out);

  /**
   * The first {@code i ≥ from} below {@code length} whose score is at least {@code threshold}, or
   * {@code length}: most codes fall below the best {@code n}'s threshold, and are passed over here
   * rather than one comparison at a time.
   */
  int nextAtLeast(float[] scores, int from, int length, float threshold);

  /**
   * Each code's corrective terms from Lucene's quantiser, by ordinal: {@code ax} (lower), {@code
   * lx·x1} (width times the code's component sum), {@code lx} (width) and {@code x_add}.
   */
  record Terms(float[] lower, float[] widthSum, float[] width, float[] additional) {
    Terms(int size) {
      this(new float[size], new float[size], new float[size], new float[size]);
    }

    void set(int ord, OptimizedScalarQuantizer.QuantizationResult result) {
      float lx = result.upperInterval() - result.lowerInterval();
      lower[ord] = result.lowerInterval();
      widthSum[ord] = lx * result.quantizedComponentSum();
      width[ord] = lx;
      additional[ord] = result.additionalCorrection();
    }

    /** The score of code {@code ord}, whose dot product with the query is {@code dot}. */
    float score(int ord, long dot, float c, float ay, float ly) {
      return lower[ord] * c + widthSum[ord] * ay + width[ord] * (ly * dot) + additional[ord];
    }
  }

  /** The plain loop. */
  final class ScalarCodeDots implements CodeDots {
    @Override
    public void add(
        long[] column, int from, int length, long q0, long q1, long q2, long q3, long[] sums) {
      for (int i = 0; i < length; i++) sums[i] += dot(column[from + i], q0, q1, q2, q3);
    }

    @Override
    public void scores(
        Terms t, int from, int length, long[] dots, float c, float ay, float ly, float[] out) {
      for (int i = 0; i < length; i++) out[i] = t.score(from + i, dots[i], c, ay, ly);
    }

    @Override
    public int nextAtLeast(float[] scores, int from, int length, float threshold) {
      int i = from;
      while (i < length && scores[i] < threshold) i++;
      return i;
    }

    static long dot(long x, long q0, long q1, long q2, long q3) {
      return Long.bitCount(x & q0)
          + (Long.bitCount(x & q1) << 1)
          + (Long.bitCount(x & q2) << 2)
          + (Long.bitCount(x & q3) << 3);
    }
  }
}
