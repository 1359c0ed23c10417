package org.pwckg.embed.job;

/**
 * Follows a job; called from the reading and the embedding thread, so implementations are
 * thread-safe.
 */
public interface ProgressListener extends AutoCloseable {
  ProgressListener NONE = new ProgressListener() {};

  /** {@code expected} documents in all, or -1 when unknown. */
  default void start(long expected) {}

  default void skipped(int docs) {}

  default void embedded(int docs) {}

  @Override
  default void close() {}
}
