package org.pwckg.ontology.store.load;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.store.Hash;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;

/**
 * Fills the empty node table of a new storage folder as Jena's xloader does: each new node is
 * appended to the table's data file by TDB2's own writer, its hash and id are kept in memory, and
 * the table's index (node hash to id) is packed once, sorted, at the end. Inserting into that
 * B+tree one random hash at a time, behind Jena's node cache, was most of the loading thread's
 * time.
 *
 * <p>Ids are held as the long whose big-endian bytes are their record bytes. The hashes are TDB2's
 * (128 bits), so two nodes share an id only if TDB2 itself would give them one. Memory: one table
 * of 24-byte slots (hash and id), at most 70 % full, which is sorted in place for the index.
 */
final class NodeTableBuilder {
  private static final int SLOT = 3;
  private static final double FULLEST = 0.7;

  private final Appender data;
  private final BPlusTree index;
  private final Hash hash = new Hash(16);
  private final byte[] scratch = new byte[Long.BYTES];

  /** Slots of (hash high, hash low, id + 1); an id of 0 marks a free slot. */
  private long[] table = new long[SLOT * 1024];

  private int slots = 1024;
  private int size;

  /** A builder for {@code nodes}, which must be empty; the caller holds its write transaction. */
  NodeTableBuilder(NodeTable nodes) {
    NodeTableTRDF base = (NodeTableTRDF) nodes.baseNodeTable();
    this.data = new Appender(base);
    this.index = (BPlusTree) base.getIndex();
  }

  /** The id of {@code node}: inline for small values, else its place in the data file. */
  long id(Node node) {
    NodeId inline = NodeId.inline(node);
    if (inline != null) return encode(inline);
    NodeLib.setHash(hash, node);
    byte[] h = hash.getBytes();
    long hi = Bytes.getLong(h, 0);
    long lo = Bytes.getLong(h, 8);
    int slot = home(lo, slots);
    while (table[SLOT * slot + 2] != 0) {
      if (table[SLOT * slot] == hi && table[SLOT * slot + 1] == lo)
        return table[SLOT * slot + 2] - 1;
      if (++slot == slots) slot = 0;
    }
    long id = encode(data.append(node));
    table[SLOT * slot] = hi;
    table[SLOT * slot + 1] = lo;
    table[SLOT * slot + 2] = id + 1; // the first node is at 0
    if (++size > FULLEST * slots) grow();
    return id;
  }

  /** The first slot to try: the hash is MD5, so any of its bits are uniform. */
  private static int home(long lo, int slots) {
    return (int) (((lo >>> 32) * slots) >>> 32);
  }

  /** Distinct nodes written to the data file. */
  int size() {
    return size;
  }

  /** Writes the index of the table, sorted by hash, and lets go of the memory. */
  void packIndex() {
    if (size == 0) return;
    long[] entries = sortedEntries();
    RecordFactory records = index.getRecordFactory();
    Iterator<Record> sorted =
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Record next() {
            if (next >= size) throw new NoSuchElementException();
            byte[] key = new byte[16];
            byte[] value = new byte[Long.BYTES];
            Bytes.setLong(entries[SLOT * next], key, 0);
            Bytes.setLong(entries[SLOT * next + 1], key, 8);
            Bytes.setLong(entries[SLOT * next + 2], value, 0);
            next++;
            return records.create(key, value);
          }
        };
    PackedIndexes.packInto(index, sorted);
  }

  /**
   * The (hash, id) entries, three longs each, moved to the front of the table and sorted by hash
   * (unique, so the id never decides).
   */
  private long[] sortedEntries() {
    int n = 0;
    for (int slot = 0; slot < slots; slot++) {
      if (table[SLOT * slot + 2] == 0) continue;
      table[SLOT * n] = table[SLOT * slot];
      table[SLOT * n + 1] = table[SLOT * slot + 1];
      table[SLOT * n + 2] = table[SLOT * slot + 2] - 1;
      n++;
    }
    long[] entries = table;
    table = null;
    new TupleSort(entries, SLOT, new int[] {0, 1, 2}).parallelSort(0, n);
    return entries;
  }

  private void grow() {
    long[] old = table;
    int oldSlots = slots;
    slots = (int) Math.min(Integer.MAX_VALUE / SLOT, (long) (oldSlots * 1.5));
    table = new long[SLOT * slots];
    for (int s = 0; s < oldSlots; s++) {
      if (old[SLOT * s + 2] == 0) continue;
      int slot = home(old[SLOT * s + 1], slots);
      while (table[SLOT * slot + 2] != 0) if (++slot == slots) slot = 0;
      System.arraycopy(old, SLOT * s, table, SLOT * slot, SLOT);
    }
  }

  private long encode(NodeId id) {
    NodeIdFactory.set(id, scratch, 0);
    return Bytes.getLong(scratch, 0);
  }

  /** TDB2's node writer (RDF Thrift into the data file), which Jena keeps protected. */
  private static final class Appender extends NodeTableTRDF {
    Appender(NodeTableTRDF table) {
      super(table.getIndex(), table.getData());
    }

    NodeId append(Node node) {
      return writeNodeToTable(node);
    }
  }
}
