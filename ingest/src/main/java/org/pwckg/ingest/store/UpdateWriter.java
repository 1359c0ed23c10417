package org.pwckg.ingest.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.pwckg.ingest.mapping.RecordGraph;
import org.pwckg.ingest.mapping.RecordGraph.Claim;
import org.pwckg.ingest.match.Hash64;
import org.pwckg.ingest.match.LongIntMap;
import org.pwckg.ontology.IriKind;

/**
 * Writes into a database that already holds a graph, inside one TDB2 write transaction for the
 * whole run (so a killed run leaves the previous state). The first time in a run that a record
 * claims a subject, what the database says about that subject and its sub-nodes is replaced by what
 * the record says; later claims in the same run add to it. Records of one run thus union exactly as
 * they do in a bulk load of an empty database, and re-running an ingest gives the same graph.
 */
final class UpdateWriter implements GraphWriter {
  /**
   * Kinds of entity a dump owns; stubs written about them before their owner comes survive its
   * claim.
   */
  private static final List<IriKind> OWNED_KINDS =
      List.of(IriKind.PAPER, IriKind.TASK, IriKind.METHOD, IriKind.DATASET);

  private final DatasetGraph dsg;
  private final Graph graph;
  private final List<String> ownedPrefixes;
  private final LongIntMap claimed = new LongIntMap(1 << 16);
  private final Map<Node, Set<Triple>> earlyStubs = new HashMap<>();
  private boolean finished;

  UpdateWriter(DatasetGraph dsg, String base) {
    this.dsg = dsg;
    dsg.begin(TxnType.WRITE);
    this.graph = dsg.getDefaultGraph();
    this.ownedPrefixes = OWNED_KINDS.stream().map(k -> base + k.prefix()).toList();
  }

  /** The default graph, for reading inside this run's transaction. */
  Graph graph() {
    return graph;
  }

  @Override
  public boolean bulk() {
    return false;
  }

  /**
   * Claims first (collecting what the database says about the claimed subjects), then writes the
   * difference: triples the record still asserts are left alone, so re-ingesting an unchanged
   * record only reads.
   */
  @Override
  public void write(RecordGraph record) {
    Set<Triple> old = new HashSet<>();
    List<Triple> fresh = new ArrayList<>(record.owned().size() + record.shared().size());
    for (Claim c : record.claims()) claim(c, old, fresh);
    fresh.addAll(record.owned());
    fresh.addAll(record.shared());
    for (Triple t : fresh) if (!old.remove(asStored(t))) graph.add(t);
    old.forEach(graph::delete);
    for (Triple t : record.stubs()) {
      graph.add(t);
      Node s = t.getSubject();
      if (ownedKind(s) && !claimed.contains(Hash64.of(s.getURI()))) {
        earlyStubs.computeIfAbsent(s, k -> new HashSet<>()).add(t);
      }
    }
  }

  /**
   * The first claim of a subject in this run marks its stored triples (and its dependents') as old.
   */
  private void claim(Claim c, Set<Triple> old, List<Triple> fresh) {
    Node root = c.root();
    if (!claimed.add(Hash64.of(root.getURI()))) return;
    collectOwned(root, old);
    if (c.dependentsVia() != null) {
      for (Triple t : graph.find(Node.ANY, c.dependentsVia(), root).toList()) {
        Node dependent = t.getSubject();
        if (dependent.isURI() && claimed.add(Hash64.of(dependent.getURI())))
          collectOwned(dependent, old);
      }
    }
    // Stubs this run wrote about the subject before its owner came stay, as in a bulk load.
    Set<Triple> stubs = earlyStubs.remove(root);
    if (stubs != null) fresh.addAll(stubs);
  }

  /** The triples of {@code root} and of the sub-nodes ({@code <root>/…}) reachable from it. */
  private void collectOwned(Node root, Set<Triple> into) {
    String prefix = root.getURI() + "/";
    Deque<Node> todo = new ArrayDeque<>(List.of(root));
    Set<Node> seen = new HashSet<>(todo);
    while (!todo.isEmpty()) {
      for (Triple t : graph.find(todo.pop(), Node.ANY, Node.ANY).toList()) {
        into.add(t);
        Node o = t.getObject();
        if (o.isURI() && o.getURI().startsWith(prefix) && seen.add(o)) todo.push(o);
      }
    }
  }

  /**
   * The triple as TDB2 gives it back: numbers, dates and booleans are stored by value and read in
   * canonical form ({@code "0.7"^^xsd:double} comes back as {@code "0.7e0"}), so the comparison
   * with stored triples must use that form.
   */
  private static Triple asStored(Triple t) {
    Node o = t.getObject();
    if (!o.isLiteral() || !NodeIdInline.hasInlineDatatype(o)) return t;
    NodeId id = NodeIdInline.inline(o);
    return id == null
        ? t
        : Triple.create(t.getSubject(), t.getPredicate(), NodeIdInline.extract(id));
  }

  private boolean ownedKind(Node s) {
    if (!s.isURI()) return false;
    String iri = s.getURI();
    for (String p : ownedPrefixes) if (iri.startsWith(p)) return true;
    return false;
  }

  @Override
  public void replace(Node g, Node subject, List<Triple> triples) {
    dsg.deleteAny(g, subject, Node.ANY, Node.ANY);
    for (Triple t : triples) dsg.add(Quad.create(g, t));
  }

  @Override
  public void commit() {
    dsg.commit();
    dsg.end();
    finished = true;
  }

  @Override
  public void abort() {
    if (finished) return;
    finished = true;
    dsg.abort();
    dsg.end();
  }
}
