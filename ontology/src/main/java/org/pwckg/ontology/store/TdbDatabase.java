package org.pwckg.ontology.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** Opens the knowledge graph's TDB2 database folder. */
public final class TdbDatabase {
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
    if (!exists(dir))
      throw new IllegalArgumentException(
          "No pwc-kg database in " + dir + " (run 'pwckg ingest' first)");
    return DatabaseMgr.connectDatasetGraph(dir.toString());
  }

  /** The database in {@code dir}, created empty when there is none (only ingest writes one). */
  public static DatasetGraph openOrCreate(Path dir) {
    return DatabaseMgr.connectDatasetGraph(dir.toString());
  }
}
