package org.pwckg.bench.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pwckg.bench.QueryMix;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * A temporary folder for one run: the database (a copy of the one given, or the real archive slices
 * of {@code testdata/pwc} ingested), a planted secret beside it, and the one folder LOAD may read.
 * Removed on close.
 */
final class Workspace implements AutoCloseable {
  final Path root;
  final Path db;
  final Path secret;
  final Path loadSource;
  final Pwckg pwckg;

  private Workspace(Path root, Path launcher) {
    this.root = root;
    this.pwckg = new Pwckg(launcher.toAbsolutePath(), root.resolve("logs"));
    this.db = root.resolve("db");
    this.secret = root.resolve("secret.ttl");
    this.loadSource = root.resolve("load-sources");
  }

  /**
   * From a copy of {@code database}, or when it is null from {@code slices} ingested; {@code
   * launcher} ({@code ./pwckg}) runs every command. Exit 2 (data problems reported, records kept)
   * counts as done: the real slices have a few bad values.
   */
  static Workspace create(Path launcher, Path database, Path slices)
      throws IOException, InterruptedException {
    Workspace w = new Workspace(Files.createTempDirectory("pwckg-reliability"), launcher);
    if (database != null) copy(database, w.db);
    else
      w.pwckg.runOk("ingest", List.of("ingest", "--db", w.db.toString(), slices.toString()), 0, 2);
    Files.writeString(w.secret, Secrets.PLANTED_TTL);
    Files.createDirectories(w.loadSource);
    Files.writeString(
        w.loadSource.resolve("allowed.ttl"), "<urn:reliability:allowed> <urn:p> 1 .\n");
    return w;
  }

  /**
   * The normal mix of {@link QueryMix} over this database's papers and leaderboards, sampled before
   * the server opens it (TDB2 lets one process hold a database: the harness lets go of it).
   */
  QueryMix normalMix() {
    DatasetGraph graph = TdbDatabase.openExisting(db);
    try {
      Dataset dataset = DatasetFactory.wrap(graph);
      return new QueryMix(dataset, Namespaces.DEFAULT_BASE);
    } finally {
      TDBInternal.expel(graph);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else if (!p.getFileName().toString().equals("tdb.lock"))
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  @Override
  public void close() {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
