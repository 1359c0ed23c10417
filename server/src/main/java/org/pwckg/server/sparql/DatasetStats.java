package org.pwckg.server.sparql;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pwckg.server.store.GraphSummary;
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
  private final GraphSummary<Stats> summary;

  public DatasetStats(Store store) {
    this.store = store;
    this.summary = new GraphSummary<>("void-stats", this::count);
  }

  /** Starts counting in the background (the server is ready before the counts are). */
  public void warmUp() {
    summary.warmUp();
  }

  public Stats get() {
    return summary.get();
  }

  /** Forgets the counts after the data changed. */
  public void invalidate() {
    summary.invalidate();
  }

  /** Waits for a count in progress (stopped by {@code Store#stopUnbounded()}). */
  @Override
  public void close() {
    summary.close();
  }

  private Stats count() {
    long start = System.nanoTime();
    long triples = store.selectUnbounded("count-triples").getFirst().count("triples");
    Map<String, Long> classes = counts("void-classes", "class", "entities");
    Map<String, Long> properties = counts("void-properties", "property", "triples");
    LOG.info(
        "Counted {} triples, {} classes, {} properties in {} ms",
        triples,
        classes.size(),
        properties.size(),
        (System.nanoTime() - start) / 1_000_000);
    return new Stats(triples, classes, properties);
  }

  private Map<String, Long> counts(String query, String key, String value) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : store.selectUnbounded(query)) {
      if (r.iri(key) != null) counts.put(r.iri(key), r.count(value));
    }
    return counts;
  }
}
