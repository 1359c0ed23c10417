package org.pwckg.server.sparql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dataset's statistics for VoID (triples, entities per class, triples per property). Counting
 * walks the whole database, so it runs once in the background after start and again after an
 * update; readers wait for the current count.
 */
public final class DatasetStats implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetStats.class);

  /** The counts. Maps keep the IRIs in query order. */
  public record Stats(long triples, Map<String, Long> classes, Map<String, Long> properties) {}

  private final Store store;
  private final AtomicReference<CompletableFuture<Stats>> current = new AtomicReference<>();
  private volatile boolean closed;

  public DatasetStats(Store store) {
    this.store = store;
  }

  /** Starts counting in the background (the server is ready before the counts are). */
  public void warmUp() {
    future();
  }

  public Stats get() {
    return future().join();
  }

  /** Forgets the counts after the data changed. */
  public void invalidate() {
    current.set(null);
  }

  private CompletableFuture<Stats> future() {
    CompletableFuture<Stats> existing = current.get();
    if (existing != null) return existing;
    CompletableFuture<Stats> fresh = new CompletableFuture<>();
    if (!current.compareAndSet(null, fresh)) return current.get();
    Thread.ofVirtual()
        .name("void-stats")
        .start(
            () -> {
              try {
                fresh.complete(count());
              } catch (CancellationException e) {
                fresh.completeExceptionally(e);
              } catch (RuntimeException e) {
                LOG.warn("Counting the dataset failed", e);
                current.compareAndSet(fresh, null);
                fresh.completeExceptionally(e);
              }
            });
    return fresh;
  }

  /**
   * Waits for a count in progress, which stops after its current query: its read transaction must
   * end before the store closes (whoever opens the database next, a test or an ingest, may need it
   * free of readers).
   */
  @Override
  public void close() {
    closed = true;
    CompletableFuture<Stats> running = current.get();
    if (running == null) return;
    try {
      running.join();
    } catch (RuntimeException e) {
      // Counting failed or stopped: nothing left to wait for.
    }
  }

  private Stats count() {
    long start = System.nanoTime();
    long triples = store.selectUnbounded("count-triples").getFirst().count("triples");
    stopIfClosed();
    Map<String, Long> classes = counts("void-classes", "class", "entities");
    stopIfClosed();
    Map<String, Long> properties = counts("void-properties", "property", "triples");
    LOG.info(
        "Counted {} triples, {} classes, {} properties in {} ms",
        triples,
        classes.size(),
        properties.size(),
        (System.nanoTime() - start) / 1_000_000);
    return new Stats(triples, classes, properties);
  }

  private void stopIfClosed() {
    if (closed) throw new CancellationException("the server is stopping");
  }

  private Map<String, Long> counts(String query, String key, String value) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : store.selectUnbounded(query)) {
      if (r.iri(key) != null) counts.put(r.iri(key), r.count(value));
    }
    return counts;
  }
}
