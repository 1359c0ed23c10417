package org.pwckg.ontology.store.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.nodetable.NodeTable;

/**
 * Gives every node of the loaded triples and quads its TDB2 node id, on a thread of its own (the
 * caller's thread parses and maps the records meanwhile), filling the empty node table in one write
 * transaction of that table ({@link NodeTableBuilder}), and collects the tuples of ids for {@link
 * PackedIndexes}. Nothing is looked up in a B+tree while the records stream: the node index and the
 * triple indexes are sorted and written at the end.
 */
final class NodeAllocator {
  private static final int BATCH = 10_000;
  private static final int BATCHES_AHEAD = 16;

  /**
   * Recent short nodes and their ids, in a direct-mapped table in front of the node table: the
   * predicates, classes and stubs that every record repeats are most lookups, and this spares them
   * TDB2's node hash (MD5). Long literals (abstracts) are unique and would only hold memory.
   */
  private static final int CACHE_BITS = 19;

  private static final int CACHED_LENGTH = 120;

  private record Batch(List<Triple> triples, List<Quad> quads) {
    static final Batch END = new Batch(List.of(), List.of());
    static final Batch CANCEL = new Batch(List.of(), List.of());
  }

  private final NodeTable nodes;
  private NodeTableBuilder builder;
  private final NodeIdTuples triples = new NodeIdTuples(3);
  private final NodeIdTuples quads = new NodeIdTuples(4);
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
  private final Thread thread;
  private final Node[] cachedNodes = new Node[1 << CACHE_BITS];
  private final long[] cachedIds = new long[1 << CACHE_BITS];
  private List<Triple> pendingTriples = new ArrayList<>(BATCH);
  private List<Quad> pendingQuads = new ArrayList<>();
  private volatile Throwable failure;
  private boolean committed;

  NodeAllocator(NodeTable nodes) {
    this.nodes = nodes;
    this.thread = Thread.ofPlatform().name("node-table").daemon().start(this::run);
  }

  void add(Triple triple) {
    pendingTriples.add(triple);
    if (pendingTriples.size() == BATCH) flush();
  }

  void add(Quad quad) {
    pendingQuads.add(quad);
  }

  /** Waits for every node to be written and commits the node table; the tuples are then final. */
  void finish() {
    flush();
    put(Batch.END);
    join();
    if (failure != null) throw new IllegalStateException("Writing the node table failed", failure);
    if (!committed) throw new IllegalStateException("The node table was not committed");
  }

  /**
   * Stops the thread without committing, at its next batch: interrupting it could close the node
   * table's file channel under TDB2's feet.
   */
  void cancel() {
    queue.clear();
    queue.offer(Batch.CANCEL); // only this thread puts, and the queue was just emptied
    join();
  }

  /** Distinct nodes written to the node table (inline values are not). */
  int nodes() {
    return builder == null ? 0 : builder.size();
  }

  NodeIdTuples triples() {
    return triples;
  }

  NodeIdTuples quads() {
    return quads;
  }

  private void flush() {
    if (pendingTriples.isEmpty() && pendingQuads.isEmpty()) return;
    put(new Batch(pendingTriples, pendingQuads));
    pendingTriples = new ArrayList<>(BATCH);
    pendingQuads = new ArrayList<>();
  }

  /** Waits for room in the queue, but not on a thread that has stopped. */
  private void put(Batch batch) {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        if (failure != null || !thread.isAlive())
          throw new IllegalStateException("Writing the node table failed", failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading", e);
    }
  }

  private void join() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading", e);
    }
  }

  private void run() {
    TransactionCoordinator coordinator = CoLib.newCoordinator();
    CoLib.add(coordinator, nodes);
    CoLib.start(coordinator);
    Transaction transaction = coordinator.begin(TxnType.WRITE);
    try {
      builder = new NodeTableBuilder(nodes);
      long[] triple = new long[3];
      long[] quad = new long[4];
      for (Batch batch = queue.take(); batch != Batch.END; batch = queue.take()) {
        if (batch == Batch.CANCEL) {
          transaction.abort();
          return;
        }
        for (Triple t : batch.triples()) {
          triple[0] = id(t.getSubject());
          triple[1] = id(t.getPredicate());
          triple[2] = id(t.getObject());
          triples.add(triple);
        }
        for (Quad q : batch.quads()) {
          quad[0] = id(q.getGraph());
          quad[1] = id(q.getSubject());
          quad[2] = id(q.getPredicate());
          quad[3] = id(q.getObject());
          quads.add(quad);
        }
      }
      builder.packIndex();
      transaction.commit();
      committed = true;
    } catch (InterruptedException | RuntimeException | Error e) {
      failure = e;
      transaction.abort();
    } finally {
      transaction.end();
      CoLib.finish(coordinator);
    }
  }

  /** The id of {@code node} as the long whose big-endian bytes are its record bytes. */
  private long id(Node node) {
    int slot = (node.hashCode() * 0x9E3779B9) >>> (32 - CACHE_BITS);
    if (node.equals(cachedNodes[slot])) return cachedIds[slot];
    long id = builder.id(node);
    if (!node.isLiteral() || node.getLiteralLexicalForm().length() <= CACHED_LENGTH) {
      cachedNodes[slot] = node;
      cachedIds[slot] = id;
    }
    return id;
  }
}
