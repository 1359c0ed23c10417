package org.pwckg.ontology.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/** Opens the knowledge graph's TDB2 database folder. */
public final class TdbDatabase {
  /** Decoded nodes a scan keeps, each way (Jena's defaults: 750,000 and 200,000). */
  static final int SCAN_NODE_CACHE = 100_000;

  private TdbDatabase() {}

  /** True when {@code dir} holds a TDB2 database (a {@code Data-NNNN} storage folder). */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.anyMatch(
          p ->
              Files.isDirectory(p)
                  && DatabaseLayout.GENERATION.matcher(p.getFileName().toString()).matches());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The database in {@code dir}; refuses a folder without one rather than creating an empty one.
   */
  public static DatasetGraph openExisting(Path dir) {
    requireDatabase(dir);
    return DatabaseMgr.connectDatasetGraph(dir.toString());
  }

  /**
   * The database in {@code dir}, opened for a job that reads every entity once, as the keyword
   * index rebuild does: with small node caches. Jena's cache of 750,000 decoded nodes kept the
   * abstracts read once alive, and G1 marked that gigabyte again and again (42 concurrent cycles
   * against 4); the full archive's rebuild took 115 s instead of 128 s (BENCHMARKS.md). Not for a
   * server, whose pages read the same nodes over and over. A process keeps the first way it opened
   * a folder.
   */
  public static DatasetGraph openForScan(Path dir) {
    requireDatabase(dir);
    StoreParams params =
        StoreParams.builder("scan", StoreParams.getDftStoreParams())
            .nodeId2NodeCacheSize(SCAN_NODE_CACHE)
            .node2NodeIdCacheSize(SCAN_NODE_CACHE)
            .build();
    return DatabaseConnection.connectCreate(Location.create(dir), params).getDatasetGraph();
  }

  private static void requireDatabase(Path dir) {
    if (!exists(dir))
      throw new IllegalArgumentException(
          "No pwc-kg database in " + dir + " (run 'pwckg ingest' first)");
  }

  /** The database in {@code dir}, created empty when there is none (only ingest writes one). */
  public static DatasetGraph openOrCreate(Path dir) {
    return DatabaseMgr.connectDatasetGraph(dir.toString());
  }
}
