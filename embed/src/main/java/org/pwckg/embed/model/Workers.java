package org.pwckg.embed.model;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs an embedder's batches on a fixed number of threads; with one, on the caller's thread. */
final class Workers implements AutoCloseable {
  private final ExecutorService pool;

  Workers(int count) {
    this.pool =
        count == 1
            ? null
            : Executors.newFixedThreadPool(
                count, Thread.ofPlatform().name("embed-worker-", 0).daemon().factory());
  }

  /** Runs every task and returns when all are done; the first failure is rethrown. */
  void runAll(List<Runnable> tasks) {
    if (pool == null || tasks.size() == 1) {
      tasks.forEach(Runnable::run);
      return;
    }
    List<Future<?>> futures = tasks.stream().<Future<?>>map(pool::submit).toList();
    try {
      for (Future<?> future : futures) future.get();
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new ModelException("Interrupted while embedding", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw new ModelException("Embedding failed: " + e.getCause(), e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) pool.shutdownNow();
  }
}
