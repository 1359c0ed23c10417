package org.pwckg.embed.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pwckg.embed.index.CodeDots.ScalarCodeDots;

class CodeDotsTest {
  @Test
  void the_vector_api_and_the_plain_loop_add_the_same_sums() {
    SplittableRandom random = new SplittableRandom(7);
    long[] column = new long[1_003]; // not a multiple of any lane count: the tail runs too
    for (int i = 0; i < column.length; i++) column[i] = random.nextLong();
    long[] q = {random.nextLong(), random.nextLong(), random.nextLong(), -1L};
    long[] vector = new long[990];
    long[] scalar = new long[990];
    for (int round = 0; round < 2; round++) { // sums accumulate
      new VectorCodeDots().add(column, 13, 990, q[0], q[1], q[2], q[3], vector);
      new ScalarCodeDots().add(column, 13, 990, q[0], q[1], q[2], q[3], scalar);
    }
    assertThat(vector).containsExactly(scalar);
    long x = column[13];
    assertThat(scalar[0])
        .isEqualTo(
            2L
                * (Long.bitCount(x & q[0])
                    + 2L * Long.bitCount(x & q[1])
                    + 4L * Long.bitCount(x & q[2])
                    + 8L * Long.bitCount(x)));
  }

  @Test
  void tests_run_with_the_vector_api() {
    assertThat(CodeDots.BEST).isInstanceOf(VectorCodeDots.class);
  }
}
