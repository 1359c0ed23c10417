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
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.pwckg.ingest.mapping.RecordGraph;
import org.pwckg.ontology.store.load.PackedLoad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads an empty database, streaming the mapped triples straight into TDB2's storage (no N-Triples
 * in between) with {@link PackedLoad}: nodes go to the node table as they come, and the indexes are
 * written once, sorted, at the commit. Such a load is not crash-safe while it runs, so it goes into
 * a fresh storage folder {@code Data-NNNN-tmp} that is renamed into place only when complete: a
 * killed run leaves the database as it was (TDB2 deletes the leftover folder). There is nothing to
 * replace in an empty database, so no deletes are done.
 */
final class BulkWriter implements GraphWriter {
  private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

  private final ProcessFileLock lock;
  private final Path staging;
  private final Path target;
  private final Location location;
  private final PackedLoad load;
  private final RecentTriples repeats = new RecentTriples();
  private boolean finished;

  BulkWriter(Path db, ProcessFileLock lock) {
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
    this.load = PackedLoad.into(StoreConnection.connectCreate(location).getDatasetGraphTDB());
  }

  @Override
  public boolean bulk() {
    return true;
  }

  @Override
  public void write(RecordGraph record) {
    for (Triple t : record.owned()) load.add(t);
    // Repeats would be dropped when the indexes are sorted; skipping the recent ones here spares
    // their node lookups and memory.
    for (Triple t : record.shared()) if (repeats.firstTime(t)) load.add(t);
    for (Triple t : record.stubs()) if (repeats.firstTime(t)) load.add(t);
  }

  @Override
  public void replace(Node graph, Node subject, List<Triple> triples) {
    for (Triple t : triples) load.add(Quad.create(graph, t));
  }

  @Override
  public void commit() {
    LOG.info(load.finish().line());
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
      load.cancel();
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
