package org.pwckg.embed.model;

/** Pools per-token hidden states into one vector per row and L2-normalises it. */
final class Pooler {
  private Pooler() {}

  /** {@code hidden} is [rows, width, dim] row-major; padding positions are never read. */
  static float[][] pool(
      float[] hidden, PaddedBatch batch, int dim, Pooling pooling, boolean normalize) {
    float[][] out = new float[batch.rows()][];
    for (int r = 0; r < batch.rows(); r++) {
      int rowStart = r * batch.width() * dim;
      float[] v =
          pooling == Pooling.CLS
              ? java.util.Arrays.copyOfRange(hidden, rowStart, rowStart + dim)
              : mean(hidden, rowStart, batch.lengths()[r], dim);
      out[r] = normalize ? normalized(v) : v;
    }
    return out;
  }

  private static float[] mean(float[] hidden, int rowStart, int length, int dim) {
    float[] sum = new float[dim];
    for (int t = 0; t < length; t++) {
      int at = rowStart + t * dim;
      for (int d = 0; d < dim; d++) sum[d] += hidden[at + d];
    }
    for (int d = 0; d < dim; d++) sum[d] /= length;
    return sum;
  }

  static float[] normalized(float[] v) {
    double norm = 0;
    for (float x : v) norm += (double) x * x;
    // sentence-transformers clamps the norm the same way, so an all-zero vector stays zero.
    float scale = (float) (1.0 / Math.max(Math.sqrt(norm), 1e-12));
    for (int d = 0; d < v.length; d++) v[d] *= scale;
    return v;
  }
}
