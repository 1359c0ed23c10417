package org.pwckg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A TDB2 database in a temporary folder, loaded once per test class. */
final class TestDatabase {
  private TestDatabase() {}

  static Path create() {
    try {
      Path folder = Files.createTempDirectory("pwckg-server-test");
      Dataset ds = TDB2Factory.connectDataset(folder.resolve("db").toString());
      Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, TestDatabase.class.getResource("/fixture.trig").toString()));
      // Forget the open database so the server opens it cold, as it does in production.
      TDBInternal.expel(ds.asDatasetGraph());
      return folder.resolve("db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
