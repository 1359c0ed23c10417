package org.pwckg.embed.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PoolerTest {
  /** Two rows padded to width 3, two dimensions; row 1 has one real token and padding worth 99. */
  private final PaddedBatch batch =
      new PaddedBatch(2, 3, new long[6], new long[6], new long[6], new int[] {3, 1});

  private final float[] hidden = {1, 2, 3, 4, 5, 6, /* row 1 */ 7, 8, 99, 99, 99, 99};

  @Test
  void mean_pooling_averages_only_the_real_tokens() {
    float[][] pooled = Pooler.pool(hidden, batch, 2, Pooling.MEAN, false);
    assertThat(pooled[0]).containsExactly(3f, 4f);
    assertThat(pooled[1]).containsExactly(7f, 8f);
  }

  @Test
  void cls_pooling_takes_the_first_token() {
    float[][] pooled = Pooler.pool(hidden, batch, 2, Pooling.CLS, false);
    assertThat(pooled[0]).containsExactly(1f, 2f);
    assertThat(pooled[1]).containsExactly(7f, 8f);
  }

  @Test
  void normalising_scales_to_unit_length() {
    float[][] pooled =
        Pooler.pool(new float[] {3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, batch, 2, Pooling.CLS, true);
    assertThat(pooled[0]).containsExactly(0.6f, 0.8f);
  }
}
