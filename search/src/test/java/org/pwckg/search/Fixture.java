package org.pwckg.search;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** The small Turtle graph of test resources, in a transactional in-memory dataset. */
public final class Fixture {
  public static final String BASE = "https://w3id.org/pwckg/";

  private Fixture() {}

  public static DatasetGraph graph() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    Txn.executeWrite(dsg, () -> RDFDataMgr.read(dsg.getDefaultGraph(),
        Fixture.class.getResource("/org/pwckg/search/fixture.ttl").toString()));
    return dsg;
  }
}
