package org.pwckg.search.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Indexes the documents a source reads on threads of their own, one per lane, so that reading the
 * graph (the caller's thread: it holds the read transaction) and Lucene's analysis run side by
 * side.
 *
 * <p>Batches go to the lanes in turn (batch {@code k} to lane {@code k mod n}) and each lane has
 * exactly one thread, taking its batches in the order they were read. A lane's writer therefore
 * numbers its documents the same way from one rebuild to the next, which is what keeps the sampled
 * counts of broad queries ({@link org.pwckg.search.query.SampledDocs}) stable. A lane's consumer is
 * only ever called from its own thread.
 *
 * <p>The first failure stops the run: {@link #finish} rethrows it only after every lane's thread
 * has stopped, so a caller that then rolls the index back never races a thread still writing.
 */
final class IndexingPipeline implements AutoCloseable {
  static final int BATCH = 64;
  private static final int BATCHES_AHEAD = 8;

  private final List<Lane> lanes = new ArrayList<>();
  private final Deque<Future<?>> pending = new ArrayDeque<>();
  private List<EntityDoc> batch = new ArrayList<>(BATCH);
  private long batches;
  private volatile boolean stopped;

  /** One lane per consumer, in this order. */
  IndexingPipeline(List<Consumer<EntityDoc>> consumers) {
    for (int i = 0; i < consumers.size(); i++) lanes.add(new Lane(consumers.get(i), i));
  }

  /** Queues {@code doc}; throws the failure of an earlier batch, if any. */
  void accept(EntityDoc doc) {
    batch.add(doc);
    if (batch.size() == BATCH) submit();
  }

  /** Indexes what is left and waits for every batch; throws the first failure. */
  void finish() {
    submit();
    while (!pending.isEmpty()) await(pending.removeFirst());
  }

  private void submit() {
    if (batch.isEmpty()) return;
    List<EntityDoc> docs = batch;
    batch = new ArrayList<>(BATCH);
    // After a failure, reading stops at the next batch: waiting on every batch reaches the failed
    // one.
    if (stopped) finish();
    Lane lane = lanes.get((int) (batches++ % lanes.size()));
    pending.addLast(lane.thread.submit(() -> lane.indexAll(docs)));
    while (!pending.isEmpty() && pending.peekFirst().isDone()) await(pending.removeFirst());
  }

  private void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw stop(new IllegalStateException("Interrupted while indexing", e));
    } catch (ExecutionException e) {
      throw stop(
          e.getCause() instanceof RuntimeException runtime
              ? runtime
              : new IllegalStateException(e.getCause()));
    } catch (CancellationException e) {
      throw stop(e);
    }
  }

  private RuntimeException stop(RuntimeException failure) {
    close();
    return failure;
  }

  /** Stops taking batches and waits for every lane's thread to return. */
  @Override
  public void close() {
    stopped = true;
    lanes.forEach(lane -> lane.thread.shutdown());
    try {
      for (Lane lane : lanes) {
        while (!lane.thread.awaitTermination(1, TimeUnit.SECONDS)) {
          // The batch under way stops at its next document; Lucene's analysis of one is short.
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One indexing thread and what it feeds. */
  private final class Lane {
    private final Consumer<EntityDoc> index;
    private final ThreadPoolExecutor thread;

    Lane(Consumer<EntityDoc> index, int number) {
      this.index = index;
      this.thread =
          new ThreadPoolExecutor(
              1,
              1,
              0,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(BATCHES_AHEAD),
              Thread.ofPlatform().name("keyword-indexer-" + number).daemon().factory(),
              IndexingPipeline::waitForRoom);
    }

    private void indexAll(List<EntityDoc> docs) {
      for (EntityDoc doc : docs) {
        if (stopped) return;
        try {
          index.accept(doc);
        } catch (RuntimeException e) {
          stopped = true;
          throw e;
        }
      }
    }
  }

  /** The reader waits while a lane is {@value #BATCHES_AHEAD} batches behind. */
  private static void waitForRoom(Runnable task, ThreadPoolExecutor executor) {
    if (executor.isShutdown()) throw new RejectedExecutionException("The indexing has stopped");
    try {
      executor.getQueue().put(task);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("Interrupted while waiting to index", e);
    }
  }
}
