package org.pwckg.bench.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrendTest {
  /** Samples every 20 s for 30 minutes. */
  private static final double[] SECONDS = new double[90];

  static {
    for (int i = 0; i < SECONDS.length; i++) SECONDS[i] = i * 20;
  }

  @Test
  void a_sawtooth_around_a_level_is_flat() {
    double[] rss = new double[SECONDS.length];
    for (int i = 0; i < rss.length; i++) rss[i] = 800 + (i % 6) * 30;
    Trend t = Trend.of(SECONDS, rss, 300);
    assertThat(t.flat(0.10, 0)).isTrue();
    assertThat(Math.abs(t.slopePerHour())).isLessThan(20);
  }

  @Test
  void a_steady_climb_is_not_flat_and_its_slope_is_the_climb_per_hour() {
    double[] rss = new double[SECONDS.length];
    for (int i = 0; i < rss.length; i++) rss[i] = 800 + SECONDS[i] / 3600 * 400;
    Trend t = Trend.of(SECONDS, rss, 300);
    assertThat(t.flat(0.10, 0)).isFalse();
    assertThat(t.slopePerHour()).isCloseTo(400, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void growth_during_the_warm_up_alone_is_flat() {
    double[] rss = new double[SECONDS.length];
    for (int i = 0; i < rss.length; i++) rss[i] = SECONDS[i] < 600 ? 200 + SECONDS[i] : 800;
    assertThat(Trend.of(SECONDS, rss, 600).flat(0.10, 0)).isTrue();
    assertThat(Trend.of(SECONDS, rss, 0).flat(0.10, 0)).isFalse();
  }

  @Test
  void one_outlier_in_the_last_third_is_not_growth() {
    double[] heap = new double[SECONDS.length];
    for (int i = 0; i < heap.length; i++) heap[i] = i == 80 ? 1_377 : 85;
    assertThat(Trend.of(SECONDS, heap, 300).flat(0.10, 0)).isTrue();
  }

  @Test
  void a_small_count_may_rise_by_the_floor() {
    double[] threads = new double[SECONDS.length];
    for (int i = 0; i < threads.length; i++) threads[i] = i < 45 ? 20 : 22;
    assertThat(Trend.of(SECONDS, threads, 0).flat(0.05, 2)).isTrue();
    assertThat(Trend.of(SECONDS, threads, 0).flat(0.05, 1)).isFalse();
  }

  @Test
  void too_few_samples_after_the_warm_up_is_an_error() {
    assertThatThrownBy(() -> Trend.of(SECONDS, new double[SECONDS.length], 1_780))
        .hasMessageContaining("Fewer than 3 samples");
  }
}
