package org.pwckg.embed;

import java.util.Random;

/**
 * Planted vectors for tests that need an image index without the GPU model (shared with the
 * server's tests through this module's test-jar).
 */
public final class TestVectors {
  private TestVectors() {}

  /** A random unit vector of {@code dimension}, or one close to {@code near}. */
  public static float[] unit(Random rng, int dimension, float[] near) {
    float[] v = new float[dimension];
    double n = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) ((near == null ? 0 : near[i] * 40) + rng.nextGaussian() / Math.sqrt(v.length));
      n += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(n);
    return v;
  }
}
