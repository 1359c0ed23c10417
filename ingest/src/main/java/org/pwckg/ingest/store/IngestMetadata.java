package org.pwckg.ingest.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.Vocab;

/**
 * What an ingest records about itself, in the named graph {@code <base>graph/ingest} (so the
 * default graph stays identical across re-runs): one description per dump kind, replaced each
 * time that kind is ingested, and the base the database was built with.
 */
public final class IngestMetadata {
  public static final Node ACTIVITY = NodeFactory.createURI(Namespaces.PROV + "Activity");
  public static final Node STARTED = NodeFactory.createURI(Namespaces.PROV + "startedAtTime");
  public static final Node ENDED = NodeFactory.createURI(Namespaces.PROV + "endedAtTime");
  public static final Node URI_SPACE = NodeFactory.createURI(Namespaces.VOID + "uriSpace");
  public static final Node DUMP_KIND = pwc("dumpKind");
  public static final Node SOURCE_FILE = pwc("sourceFile");
  public static final Node SHA256 = pwc("sha256");
  public static final Node RECORDS_READ = pwc("recordsRead");
  public static final Node RECORDS_WRITTEN = pwc("recordsWritten");
  public static final Node RECORDS_SKIPPED = pwc("recordsSkipped");
  public static final Node TRIPLES_WRITTEN = pwc("triplesWritten");

  /** What one dump file gave. */
  public record Entry(String kind, String fileName, String sha256, long read, long written, long skipped,
      long triples, Instant started, Instant ended) {}

  private IngestMetadata() {}

  public static Node graph(Iris iris) {
    return iris.node("graph/ingest");
  }

  public static Node subject(Iris iris, String kind) {
    return iris.node("ingest/" + kind);
  }

  public static List<Triple> describe(Iris iris, Entry e) {
    Node s = subject(iris, e.kind());
    List<Triple> t = new ArrayList<>();
    t.add(Triple.create(s, Vocab.TYPE, ACTIVITY));
    t.add(Triple.create(s, DUMP_KIND, NodeFactory.createLiteralString(e.kind())));
    t.add(Triple.create(s, SOURCE_FILE, NodeFactory.createLiteralString(e.fileName())));
    t.add(Triple.create(s, SHA256, NodeFactory.createLiteralString(e.sha256())));
    t.add(Triple.create(s, RECORDS_READ, integer(e.read())));
    t.add(Triple.create(s, RECORDS_WRITTEN, integer(e.written())));
    t.add(Triple.create(s, RECORDS_SKIPPED, integer(e.skipped())));
    t.add(Triple.create(s, TRIPLES_WRITTEN, integer(e.triples())));
    t.add(Triple.create(s, STARTED, time(e.started())));
    t.add(Triple.create(s, ENDED, time(e.ended())));
    return t;
  }

  public static List<Triple> base(Iris iris) {
    return List.of(Triple.create(graph(iris), URI_SPACE, NodeFactory.createLiteralString(iris.base())));
  }

  private static Node pwc(String local) {
    return NodeFactory.createURI(Namespaces.PWC + local);
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node time(Instant i) {
    return NodeFactory.createLiteralDT(i.toString(), XSDDatatype.XSDdateTime);
  }
}
