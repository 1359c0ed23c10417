package org.pwckg.server.search;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.ontology.store.backup.BackupWriter;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the keyword index in step after the server changed the graph (a SPARQL Update), on one
 * background thread so the update answers at once: a burst of updates while a sync runs is caught
 * by one more sync, not one each. Entity pages never wait for it: they come from the graph.
 */
public final class IndexFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

  private final KeywordIndex index;
  private final DatasetGraph graph;
  private final Runnable afterSync;
  private final EntityReader reader = new EntityReader();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().daemon().name("keyword-index-sync").unstarted(r));
  private final AtomicBoolean queued = new AtomicBoolean();
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong caughtUp = new AtomicLong();

  /**
   * @param afterSync told after each sync (answers cached while the index was behind go stale)
   */
  public IndexFollower(KeywordIndex index, DatasetGraph graph, Runnable afterSync) {
    this.index = index;
    this.graph = graph;
    this.afterSync = afterSync;
  }

  /** The graph changed (its transaction has committed): sync soon. */
  public void graphChanged() {
    changes.incrementAndGet();
    if (queued.compareAndSet(false, true)) thread.execute(() -> sync());
  }

  /**
   * The graph changed and the caller waits until the keyword index reflects it (a live ingest
   * reports itself done only then). Runs on the follower's thread, so it never overlaps a sync.
   */
  public void catchUp() throws InterruptedException {
    changes.incrementAndGet();
    boolean synced;
    try {
      synced = thread.submit(this::sync).get();
    } catch (ExecutionException e) {
      synced = false;
    }
    if (!synced) throw new IllegalStateException("Bringing the keyword index in step failed");
  }

  /** Whether a change of the graph has not reached the keyword index yet. */
  public boolean behind() {
    return caughtUp.get() < changes.get();
  }

  private boolean sync() {
    // Changes from here on queue the next sync; this one reads the graph as it is now.
    queued.set(false);
    long seen = changes.get();
    try {
      LOG.info("Keyword index synced after an update: {}", index.sync(graph, reader).summary());
      caughtUp.accumulateAndGet(seen, Math::max);
      afterSync.run();
      return true;
    } catch (RuntimeException e) {
      LOG.error("Bringing the keyword index in step after an update failed: {}", e.toString());
      return false;
    }
  }

  /**
   * Runs {@code work} on the sync thread, so that no sync writes the index meanwhile (a backup
   * copies its files), and waits for it.
   */
  public void whileIdle(BackupWriter.IoAction work) throws IOException {
    try {
      thread
          .submit(
              () -> {
                work.run();
                return null;
              })
          .get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the keyword index", e);
    }
  }

  /** Lets a running sync finish (interrupting Lucene's I/O could close the index's files). */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(1, TimeUnit.MINUTES))
        LOG.warn("A keyword index sync is still running at shutdown; the next start catches up");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
