package org.pwckg.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pwckg.ingest.IngestException;
import org.pwckg.ingest.match.PaperIndex;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.TdbDatabase;

/** Opens a database folder for one ingest run: the bulk loader when it is empty, else an update. */
public final class IngestStores {
  private IngestStores() {}

  /**
   * The writer for this run; for an update, {@code index} is filled with the papers already in the
   * database.
   */
  public static GraphWriter open(Path db, Iris iris, PaperIndex index) {
    createFolder(db);
    if (!Generations.all(db).isEmpty()) {
      DatasetGraph dsg = connect(db);
      if (!Txn.calculateRead(dsg, dsg::isEmpty)) return update(dsg, iris, index);
      // An empty database: bulk-load a new storage generation instead.
      TDBInternal.expel(dsg);
    }
    ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(db));
    if (!lock.tryLock())
      throw new IngestException("The database " + db + " is in use by another process");
    try {
      return new BulkWriter(db, lock);
    } catch (RuntimeException e) {
      lock.unlock();
      throw e;
    }
  }

  /**
   * The writer for a run into a database this process holds open (a running server): always an
   * update, in one write transaction on {@code dsg}; {@code index} is filled as by {@link #open}.
   */
  public static GraphWriter into(DatasetGraph dsg, Iris iris, PaperIndex index) {
    return update(dsg, iris, index);
  }

  /** The triples of the default graph of the database in {@code db}. */
  public static long countTriples(Path db) {
    // A scan; and after a bulk load this is the process's first connection to the folder, which
    // the keyword index sync then reuses (TdbDatabase.openForScan).
    DatasetGraph dsg = TdbDatabase.openForScan(db);
    return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
  }

  private static GraphWriter update(DatasetGraph dsg, Iris iris, PaperIndex index) {
    String built = Txn.calculateRead(dsg, () -> builtWithBase(dsg));
    if (built != null && !built.equals(iris.base())) {
      throw new IngestException(
          "The database was built with base IRI "
              + built
              + "; ingest into it with --base-iri "
              + built);
    }
    UpdateWriter writer = new UpdateWriter(dsg, iris.base());
    try {
      KnownPapers.load(writer.graph(), iris.base(), index);
      return writer;
    } catch (RuntimeException e) {
      writer.abort();
      throw e;
    }
  }

  private static String builtWithBase(DatasetGraph dsg) {
    Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.URI_SPACE, Node.ANY);
    return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
  }

  private static DatasetGraph connect(Path db) {
    try {
      return TdbDatabase.openOrCreate(db);
    } catch (TDBException e) {
      throw new IngestException("Cannot open the database " + db + ": " + e.getMessage(), e);
    }
  }

  private static void createFolder(Path db) {
    try {
      Files.createDirectories(db);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + db, e);
    }
  }
}
