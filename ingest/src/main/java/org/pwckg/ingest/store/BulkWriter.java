package org.pwckg.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.pwckg.ingest.mapping.RecordGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an empty database with Jena's TDB2 bulk loader, streaming the mapped triples straight into
 * it (no N-Triples in between). Jena's bulk loaders are not crash-safe while they finish, so the
 * load goes into a fresh storage folder {@code Data-NNNN-tmp} that is renamed into place only when
 * complete: a killed run leaves the database as it was (TDB2 deletes the leftover folder). There is
 * nothing to replace in an empty database, so no deletes are done.
 */
final class BulkWriter implements GraphWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

  private final ProcessFileLock lock;
  private final Path staging;
  private final Path target;
  private final Location location;
  private final DataLoader loader;
  private final StreamRDF stream;
  private final RecentTriples repeats = new RecentTriples();
  private boolean finished;

  BulkWriter(Path db, ProcessFileLock lock, LoaderPlan plan) {
    this.lock = lock;
    int next = Generations.highest(db) + 1;
    this.staging = Generations.staging(db, next);
    this.target = Generations.name(db, next);
    try {
      Generations.deleteTree(staging);
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.location = Location.create(staging);
    DatasetGraphTDB dsg = StoreConnection.connectCreate(location).getDatasetGraphTDB();
    MonitorOutput log = (fmt, args) -> LOG.debug(String.format(fmt, args));
    this.loader = LoaderFactory.createLoader(plan, dsg, log);
    loader.startBulk();
    this.stream = loader.streamRDF();
    stream.start();
  }

  @Override
  public boolean bulk() {
    return true;
  }

  @Override
  public void write(RecordGraph record) {
    for (Triple t : record.owned()) stream.triple(t);
    for (Triple t : record.shared()) if (repeats.firstTime(t)) stream.triple(t);
    for (Triple t : record.stubs()) if (repeats.firstTime(t)) stream.triple(t);
  }

  @Override
  public void replace(Node graph, Node subject, List<Triple> triples) {
    for (Triple t : triples) stream.quad(Quad.create(graph, t));
  }

  @Override
  public void commit() {
    stream.finish();
    loader.finishBulk();
    finished = true;
    StoreConnection.release(location);
    try {
      Files.deleteIfExists(staging.resolve("tdb.lock"));
      Generations.publish(staging, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the loaded database into place: " + target, e);
    } finally {
      unlock();
    }
  }

  @Override
  public void abort() {
    if (finished) return;
    finished = true;
    try {
      // Letting the loader's threads finish into the staging folder is the clean way to stop
      // them; the folder is then thrown away.
      stream.finish();
      loader.finishBulk();
    } catch (RuntimeException e) {
      loader.finishException(e);
    } finally {
      StoreConnection.release(location);
      try {
        Generations.deleteTree(staging);
      } catch (IOException e) {
        LOG.warn(
            "Could not remove {}: {} (it is removed when the database is next opened)",
            staging,
            e.toString());
      }
      unlock();
    }
  }

  private void unlock() {
    lock.unlock();
    ProcessFileLock.release(lock);
  }
}
