package org.pwckg.generate.sample;

import java.util.SplittableRandom;

/**
 * Independent random streams keyed by (seed, stream, index): every generated entity gets its own
 * stream, so any file can recompute any entity without generating the ones before it, and the
 * output does not depend on thread scheduling.
 */
public final class Seeds {
  private Seeds() {}

  /** The random stream of entity {@code index} of kind {@code stream}. */
  public static SplittableRandom random(long seed, Stream stream, long index) {
    return new SplittableRandom(
        mix(mix(seed ^ 0x9E3779B97F4A7C15L * (stream.ordinal() + 1)) + index));
  }

  /** SplitMix64 finaliser: neighbouring inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The kinds of entity, one random stream family each. */
  public enum Stream {
    PAPER_CORE,
    PAPER_BODY,
    LINKS,
    TABLE,
    TASK_CATALOG,
    METHOD_CATALOG,
    DATASET_CATALOG,
    METRIC_CATALOG,
    DATASET_BODY,
    METHOD_BODY
  }
}
