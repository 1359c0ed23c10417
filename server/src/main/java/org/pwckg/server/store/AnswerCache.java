package org.pwckg.server.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * API answers computed from the graph (paper pages, leaderboards, the task tree), kept until the
 * data changes. The graph only changes through SPARQL Update on this server (TDB2 admits one
 * process), which calls {@link #invalidate()}; so a kept answer is always the one a fresh
 * computation would give. Least recently used answers go first once {@code maxEntries} are held.
 */
public final class AnswerCache {
  private final Cache<Key, Object> answers;

  /** Answers computed while an update ran are filed under the old generation, never read again. */
  private final AtomicLong generation = new AtomicLong();

  private record Key(long generation, String kind, Object request) {}

  /** A cache of at most {@code maxEntries} answers; 0 keeps nothing (every request computes). */
  public AnswerCache(long maxEntries) {
    if (maxEntries < 0)
      throw new IllegalArgumentException("cache entries must be 0 or more, was " + maxEntries);
    this.answers = maxEntries == 0 ? null : Caffeine.newBuilder().maximumSize(maxEntries).build();
  }

  /**
   * The kept answer of {@code kind} for {@code request} (a value with equals), else {@code
   * compute}'s.
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String kind, Object request, Supplier<T> compute) {
    if (answers == null) return compute.get();
    Key key = new Key(generation.get(), kind, request);
    Object kept = answers.getIfPresent(key);
    if (kept != null) return (T) kept;
    // Computed outside the cache's lock: a slow query must not hold up answers for other keys.
    T fresh = compute.get();
    if (fresh != null) answers.put(key, fresh);
    return fresh;
  }

  /** Forgets every answer: the data changed. */
  public void invalidate() {
    generation.incrementAndGet();
    if (answers != null) answers.invalidateAll();
  }

  /** Answers held now. */
  public long size() {
    return answers == null ? 0 : answers.estimatedSize();
  }
}
