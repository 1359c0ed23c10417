package org.pwckg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ingest.IngestResult;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;

/**
 * The real PWC sample of ../shared/data/pwc, ingested by the ingest module. {@link #shared()} is
 * one database and keyword index per test JVM for the tests that only read; a test that changes
 * the graph ingests its own with {@link #ingest(Path)}.
 */
public final class RealDatabase {
  public static final String BASE = "https://w3id.org/pwckg/";

  private RealDatabase() {}

  public static Path dumps() {
    return Path.of(System.getProperty("pwckg.shared"), "data", "pwc");
  }

  /** Ingests every real dump file into {@code db} (created). */
  public static IngestResult ingest(Path db) {
    return Ingest.run(IngestOptions.of(db, List.of(dumps())));
  }

  /** A database with its keyword index in step. */
  public record Indexed(Path dir, DatasetGraph graph, KeywordIndex index) {}

  /** Ingests into {@code dir}/db and syncs a keyword index in {@code dir}/search. */
  public static Indexed indexed(Path dir) {
    Path db = dir.resolve("db");
    ingest(db);
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    KeywordIndex index = KeywordIndex.open(dir.resolve("search"));
    index.sync(dsg, new EntityReader(new NamedQueries()));
    return new Indexed(dir, dsg, index);
  }

  /** The read-only database of this test JVM, ingested and indexed on first use. */
  public static Indexed shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Indexed INSTANCE = create();

    private static Indexed create() {
      try {
        Path dir = Files.createTempDirectory("pwckg-search-test");
        Indexed indexed = indexed(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          indexed.index().close();
          delete(dir);
        }));
        return indexed;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static void delete(Path dir) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp folder left behind is harmless
      }
    }
  }
}
