package org.pwckg.server.store;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value computed from the whole graph (VoID counts, the list of every leaderboard): too costly
 * for a request at archive scale, so it is computed in the background once after start and again
 * after each change of the graph; a reader waits for the current computation. Unlike the answer
 * cache it is never switched off: it is how such a page is built, not a shortcut.
 */
public final class GraphSummary<T> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GraphSummary.class);

  private final String name;
  private final Supplier<T> compute;
  private final AtomicReference<CompletableFuture<T>> current = new AtomicReference<>();

  /** {@code name} names the background thread and the log line of a failed computation. */
  public GraphSummary(String name, Supplier<T> compute) {
    this.name = name;
    this.compute = compute;
  }

  /** Starts computing in the background (the server is ready before the summary is). */
  public void warmUp() {
    future();
  }

  public T get() {
    return future().join();
  }

  /** Forgets the value after the data changed; the next reader computes it afresh. */
  public void invalidate() {
    current.set(null);
  }

  /**
   * Waits for a computation in progress: its read transaction must end before the store closes
   * (whoever opens the database next, a test or an ingest, may need it free of readers). {@link
   * Store#stopUnbounded()}, called first, makes that wait short.
   */
  @Override
  public void close() {
    CompletableFuture<T> running = current.get();
    if (running == null) return;
    try {
      running.join();
    } catch (RuntimeException e) {
      // It failed or stopped: nothing left to wait for.
    }
  }

  private CompletableFuture<T> future() {
    CompletableFuture<T> existing = current.get();
    if (existing != null) return existing;
    CompletableFuture<T> fresh = new CompletableFuture<>();
    if (!current.compareAndSet(null, fresh)) return current.get();
    Thread.ofVirtual()
        .name(name)
        .start(
            () -> {
              try {
                fresh.complete(compute.get());
              } catch (CancellationException e) {
                fresh.completeExceptionally(e);
              } catch (RuntimeException e) {
                LOG.warn("Computing the {} failed", name, e);
                current.compareAndSet(fresh, null);
                fresh.completeExceptionally(e);
              }
            });
    return fresh;
  }
}
