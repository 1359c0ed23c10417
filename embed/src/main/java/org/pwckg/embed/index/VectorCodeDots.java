package org.pwckg.embed.index;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;
import org.pwckg.embed.index.CodeDots.ScalarCodeDots;

/** {@link CodeDots} on the Vector API: as many codes per instruction as the CPU's lanes hold. */
final class VectorCodeDots implements CodeDots {
  private static final VectorSpecies<Long> SPECIES = LongVector.SPECIES_PREFERRED;

  /** As many floats as the CPU's widest lanes hold, to pass over low scores. */
  private static final VectorSpecies<Float> WIDE = FloatVector.SPECIES_PREFERRED;

  /** Floats as many as the longs' lanes (half their width), for the scores of those lanes. */
  private static final VectorSpecies<Float> FLOATS =
      VectorSpecies.of(float.class, VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));

  @Override
  public void add(
      long[] column, int from, int length, long q0, long q1, long q2, long q3, long[] sums) {
    int i = 0;
    for (int upper = SPECIES.loopBound(length); i < upper; i += SPECIES.length()) {
      LongVector x = LongVector.fromArray(SPECIES, column, from + i);
      LongVector dot =
          popcount(x.and(q0))
              .add(popcount(x.and(q1)).lanewise(VectorOperators.LSHL, 1))
              .add(popcount(x.and(q2)).lanewise(VectorOperators.LSHL, 2))
              .add(popcount(x.and(q3)).lanewise(VectorOperators.LSHL, 3));
      LongVector.fromArray(SPECIES, sums, i).add(dot).intoArray(sums, i);
    }
    for (; i < length; i++) sums[i] += ScalarCodeDots.dot(column[from + i], q0, q1, q2, q3);
  }

  @Override
  public void scores(
      Terms t, int from, int length, long[] dots, float c, float ay, float ly, float[] out) {
    int i = 0;
    for (int upper = SPECIES.loopBound(length); i < upper; i += SPECIES.length()) {
      int ord = from + i;
      FloatVector dot =
          (FloatVector)
              LongVector.fromArray(SPECIES, dots, i).convertShape(VectorOperators.L2F, FLOATS, 0);
      FloatVector.fromArray(FLOATS, t.lower(), ord)
          .mul(c)
          .add(FloatVector.fromArray(FLOATS, t.widthSum(), ord).mul(ay))
          .add(FloatVector.fromArray(FLOATS, t.width(), ord).mul(dot.mul(ly)))
          .add(FloatVector.fromArray(FLOATS, t.additional(), ord))
          .intoArray(out, i);
    }
    for (; i < length; i++) out[i] = t.score(from + i, dots[i], c, ay, ly);
  }

  @Override
  public int nextAtLeast(float[] scores, int from, int length, float threshold) {
    int i = from;
    for (int upper = length - WIDE.length(); i <= upper; i += WIDE.length()) {
      VectorMask<Float> above =
          FloatVector.fromArray(WIDE, scores, i).compare(VectorOperators.GE, threshold);
      if (above.anyTrue()) return i + above.firstTrue();
    }
    while (i < length && scores[i] < threshold) i++;
    return i;
  }

  private static LongVector popcount(LongVector v) {
    return v.lanewise(VectorOperators.BIT_COUNT);
  }
}
