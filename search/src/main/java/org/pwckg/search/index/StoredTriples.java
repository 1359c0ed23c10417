package org.pwckg.search.index;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The default graph of a TDB2 database as its indexes hold it: triples of node ids, a node decoded
 * only when asked for. Reading the index's facts this way, rather than through SPARQL, leaves out
 * the planning, bindings and decoding Jena does for every row (BENCHMARKS.md, issue 13 item 1).
 * Callers hold a read transaction.
 */
final class StoredTriples {
  private final NodeTupleTable triples;
  private final NodeTable nodes;

  StoredTriples(DatasetGraph dsg) {
    NodeTupleTable table = TDBInternal.requireStorage(dsg).getTripleTable().getNodeTupleTable();
    this.triples = table;
    this.nodes = table.getNodeTable();
  }

  /** The id of {@code node}; {@link NodeId#NodeDoesNotExist} for a node the graph lacks. */
  NodeId id(Node node) {
    return nodes.getNodeIdForNode(node);
  }

  Node node(NodeId id) {
    return nodes.getNodeForNodeId(id);
  }

  /**
   * The triples that match: {@link NodeId#NodeIdAny} matches anything, and a node the graph lacks
   * matches nothing. Each tuple is subject, predicate, object.
   */
  Iterator<Tuple<NodeId>> find(NodeId subject, NodeId predicate, NodeId object) {
    return triples.find(subject, predicate, object);
  }

  boolean contains(NodeId subject, NodeId predicate, NodeId object) {
    Iterator<Tuple<NodeId>> found = find(subject, predicate, object);
    try {
      return found.hasNext();
    } finally {
      Iter.close(found);
    }
  }
}
