package org.pwckg.ingest.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.GraphState;

/**
 * What an ingest records about itself, in the named graph {@code <base>graph/ingest} (so the
 * default graph stays identical across re-runs): one description per dump kind, replaced each time
 * that kind is ingested, the base the database was built with, and the graph state token.
 */
public final class IngestMetadata {
  /** What one dump file gave. */
  public record Entry(
      String kind,
      String fileName,
      String sha256,
      long read,
      long written,
      long skipped,
      long emptyValues,
      long triples,
      Instant started,
      Instant ended) {}

  private IngestMetadata() {}

  public static Node graph(Iris iris) {
    return iris.ingestGraph();
  }

  public static Node subject(Iris iris, String kind) {
    return iris.ingestRecord(kind);
  }

  public static List<Triple> describe(Iris iris, Entry e) {
    Node s = subject(iris, e.kind());
    List<Triple> t = new ArrayList<>();
    t.add(Triple.create(s, Vocab.TYPE, Vocab.ACTIVITY));
    t.add(Triple.create(s, Vocab.DUMP_KIND, NodeFactory.createLiteralString(e.kind())));
    t.add(Triple.create(s, Vocab.SOURCE_FILE, NodeFactory.createLiteralString(e.fileName())));
    t.add(Triple.create(s, Vocab.SHA256, NodeFactory.createLiteralString(e.sha256())));
    t.add(Triple.create(s, Vocab.RECORDS_READ, integer(e.read())));
    t.add(Triple.create(s, Vocab.RECORDS_WRITTEN, integer(e.written())));
    t.add(Triple.create(s, Vocab.RECORDS_SKIPPED, integer(e.skipped())));
    if (e.emptyValues() > 0) t.add(Triple.create(s, Vocab.EMPTY_VALUES, integer(e.emptyValues())));
    t.add(Triple.create(s, Vocab.TRIPLES_WRITTEN, integer(e.triples())));
    t.add(Triple.create(s, Vocab.STARTED_AT, time(e.started())));
    t.add(Triple.create(s, Vocab.ENDED_AT, time(e.ended())));
    return t;
  }

  /**
   * What the ingest graph says of itself: the base, and a fresh graph state (written in the run's
   * transaction, so the keyword index can tell afterwards whether it caught up with this run).
   */
  public static List<Triple> header(Iris iris) {
    return List.of(
        Triple.create(graph(iris), Vocab.URI_SPACE, NodeFactory.createLiteralString(iris.base())),
        GraphState.triple(graph(iris), GraphState.fresh()));
  }

  private static Node integer(long n) {
    return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
  }

  private static Node time(Instant i) {
    return NodeFactory.createLiteralDT(i.toString(), XSDDatatype.XSDdateTime);
  }
}
