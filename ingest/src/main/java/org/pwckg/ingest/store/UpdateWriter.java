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
import org.pwckg.ingest.mapping.RecordGraph;
import org.pwckg.ingest.mapping.RecordGraph.Claim;
import org.pwckg.ingest.match.Hash64;
import org.pwckg.ingest.match.LongIntMap;

/**
 * Writes into a database that already holds a graph, inside one TDB2 write transaction for the
 * whole run (so a killed run leaves the previous state). The first time in a run that a record
 * claims a subject, what the database says about that subject and its sub-nodes is deleted; later
 * claims in the same run add to it. Records of one run thus union exactly as they do in a bulk
 * load of an empty database, and re-running an ingest gives the same graph.
 */
final class UpdateWriter implements GraphWriter {
  /** Kinds of entity a dump owns; stubs written about them before their owner comes survive its claim. */
  private static final List<String> OWNED_KINDS = List.of("paper/", "task/", "method/", "dataset/");

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
    this.ownedPrefixes = OWNED_KINDS.stream().map(k -> base + k).toList();
  }

  /** The default graph, for reading inside this run's transaction. */
  Graph graph() {
    return graph;
  }

  @Override
  public boolean bulk() {
    return false;
  }

  @Override
  public void write(RecordGraph record) {
    for (Claim c : record.claims()) claim(c);
    for (Triple t : record.owned()) graph.add(t);
    for (Triple t : record.shared()) graph.add(t);
    for (Triple t : record.stubs()) {
      graph.add(t);
      Node s = t.getSubject();
      if (ownedKind(s) && !claimed.contains(Hash64.of(s.getURI()))) {
        earlyStubs.computeIfAbsent(s, k -> new HashSet<>()).add(t);
      }
    }
  }

  private void claim(Claim c) {
    Node root = c.root();
    if (!claimed.add(Hash64.of(root.getURI()))) return;
    deleteOwned(root);
    if (c.dependentsVia() != null) {
      for (Triple t : graph.find(Node.ANY, c.dependentsVia(), root).toList()) {
        Node dependent = t.getSubject();
        if (dependent.isURI() && claimed.add(Hash64.of(dependent.getURI()))) deleteOwned(dependent);
      }
    }
    Set<Triple> stubs = earlyStubs.remove(root);
    if (stubs != null) stubs.forEach(graph::add);
  }

  /** Deletes the triples of {@code root} and of the sub-nodes ({@code <root>/…}) reachable from it. */
  private void deleteOwned(Node root) {
    String prefix = root.getURI() + "/";
    List<Triple> doomed = new ArrayList<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(root));
    Set<Node> seen = new HashSet<>(todo);
    while (!todo.isEmpty()) {
      for (Triple t : graph.find(todo.pop(), Node.ANY, Node.ANY).toList()) {
        doomed.add(t);
        Node o = t.getObject();
        if (o.isURI() && o.getURI().startsWith(prefix) && seen.add(o)) todo.push(o);
      }
    }
    doomed.forEach(graph::delete);
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
