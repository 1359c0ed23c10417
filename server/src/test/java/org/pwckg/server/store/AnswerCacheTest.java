package org.pwckg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the answer cache keeps, for how long, and what it never serves. */
class AnswerCacheTest {
  private final AtomicInteger computed = new AtomicInteger();

  private String answer(String request) {
    return request + "#" + computed.incrementAndGet();
  }

  @Test
  void an_answer_is_computed_once_and_then_kept() {
    AnswerCache cache = new AnswerCache(10);
    String first = cache.get("paper", "a", () -> answer("a"));
    assertThat(cache.get("paper", "a", () -> answer("a"))).isSameAs(first);
    assertThat(computed).hasValue(1);
  }

  @Test
  void kinds_and_requests_are_kept_apart() {
    AnswerCache cache = new AnswerCache(10);
    assertThat(cache.get("paper", "a", () -> answer("paper a"))).isEqualTo("paper a#1");
    assertThat(cache.get("task", "a", () -> answer("task a"))).isEqualTo("task a#2");
    assertThat(cache.get("paper", "b", () -> answer("paper b"))).isEqualTo("paper b#3");
  }

  @Test
  void after_an_invalidation_every_answer_is_computed_afresh() {
    AnswerCache cache = new AnswerCache(10);
    cache.get("paper", "a", () -> answer("a"));
    cache.invalidate();
    assertThat(cache.get("paper", "a", () -> answer("a"))).isEqualTo("a#2");
  }

  @Test
  void an_answer_computed_across_an_invalidation_is_not_served_after_it() {
    AnswerCache cache = new AnswerCache(10);
    String stale =
        cache.get(
            "paper",
            "a",
            () -> {
              cache.invalidate(); // the data changes while the old answer is being computed
              return answer("a");
            });
    assertThat(cache.get("paper", "a", () -> answer("a"))).isNotEqualTo(stale).isEqualTo("a#2");
  }

  @Test
  void a_cache_of_size_zero_computes_every_time() {
    AnswerCache cache = new AnswerCache(0);
    cache.get("paper", "a", () -> answer("a"));
    cache.get("paper", "a", () -> answer("a"));
    assertThat(computed).hasValue(2);
    assertThat(cache.size()).isZero();
  }

  @Test
  void errors_are_not_kept() {
    AnswerCache cache = new AnswerCache(10);
    assertThatThrownBy(
            () ->
                cache.get(
                    "paper",
                    "gone",
                    () -> {
                      throw new IllegalStateException("not found");
                    }))
        .hasMessage("not found");
    assertThat(cache.get("paper", "gone", () -> answer("gone"))).isEqualTo("gone#1");
  }
}
