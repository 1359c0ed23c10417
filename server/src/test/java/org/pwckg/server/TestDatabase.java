package org.pwckg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ingest.figures.FigureIngest;
import org.pwckg.ingest.figures.FigureOptions;

/**
 * TDB2 databases of the real archive slices in ../shared/data/pwc, built with the ingest. Test
 * classes that only read share one database per test run; a class that writes takes a fresh one.
 */
final class TestDatabase {
  private static Path shared;
  private static Path website;

  private TestDatabase() {}

  static Path realData() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  }

  static Path seed() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "seed");
  }

  /**
   * The archive slices and the seed paper (DeepSeek-VL) ingested together, with the real figures:
   * what the website's pages are tested on. Shared by the reading website tests.
   */
  static synchronized Path website() {
    if (website == null) {
      website = fresh(List.of(realData(), seed()), true);
    }
    return website;
  }

  /** The database the reading test classes share, ingested on first use. */
  static synchronized Path shared() {
    if (shared == null) shared = fresh();
    return shared;
  }

  /** A database of its own, for a test class that changes data. */
  static Path fresh() {
    return fresh(List.of(realData()), false);
  }

  /** A database of its own, of the given dump files or folders, with the real figures or not. */
  static Path fresh(List<Path> dumps, boolean figures) {
    try {
      Path folder = Files.createTempDirectory("pwckg-server-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
      Path db = folder.resolve("db");
      Ingest.run(new IngestOptions(db, dumps, false, folder.resolve("ingest-report.txt"), null));
      if (figures) FigureIngest.run(FigureOptions.of(db, realData().resolve("figures")));
      // Forget the open database so the server opens it cold, as it does in production.
      TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes a test database folder when the test JVM ends (the servers over it are stopped by
   * then).
   */
  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
