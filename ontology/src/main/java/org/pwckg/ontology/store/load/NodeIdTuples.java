package org.pwckg.ontology.store.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;

/**
 * The tuples of one table (triples or quads) as TDB2 node ids, kept in memory until the load ends
 * and then read back once per index, sorted in that index's order and without duplicates.
 *
 * <p>An id is held as the long whose big-endian bytes are its record bytes, so comparing ids as
 * unsigned longs orders them as TDB2's B+trees do (unsigned bytes). Tuples are stored in blocks of
 * {@value #BLOCK} (24 bytes a triple), each block sorted on its own and the blocks merged: no array
 * ever holds the whole table, and no second copy is made.
 */
final class NodeIdTuples {
  private static final int BLOCK = 1 << 20;

  private final int width;
  private final int block;
  private final List<long[]> blocks = new ArrayList<>();
  private long[] last;
  private int lastSize;

  NodeIdTuples(int width) {
    this(width, BLOCK);
  }

  /** Tuples of {@code width} ids in blocks of {@code block} tuples (small ones in tests). */
  NodeIdTuples(int width, int block) {
    this.width = width;
    this.block = block;
  }

  int width() {
    return width;
  }

  /** Appends the tuple in {@code ids} (primary order: SPO or GSPO). */
  void add(long[] ids) {
    if (last == null || lastSize == block) {
      last = new long[width * block];
      lastSize = 0;
      blocks.add(last);
    }
    System.arraycopy(ids, 0, last, width * lastSize++, width);
  }

  /** Tuples added, duplicates included. */
  long size() {
    return blocks.isEmpty() ? 0 : (long) block * (blocks.size() - 1) + lastSize;
  }

  /** Tuples in block {@code b}: every block is full but the last. */
  private int size(int b) {
    return b == blocks.size() - 1 ? lastSize : block;
  }

  /**
   * The distinct tuples as records of an index whose column order is {@code order}, a permutation
   * of {@code primary} (for example POS of SPO), in the index's order. Sorts the blocks in place,
   * so the previous iterator must be spent.
   */
  Iterator<Record> sorted(String primary, String order, RecordFactory records) {
    int[] columns = new int[width];
    for (int i = 0; i < width; i++) columns[i] = primary.indexOf(order.charAt(i));
    // The blocks are independent: sorting them on every core took a quarter off packing the
    // indexes.
    IntStream.range(0, blocks.size())
        .parallel()
        .forEach(b -> new TupleSort(blocks.get(b), width, columns).sort(0, size(b)));
    return new Merge(columns, records);
  }

  /** A k-way merge of the sorted blocks that skips repeats of the tuple before. */
  private final class Merge implements Iterator<Record> {
    private final int[] columns;
    private final RecordFactory records;
    private final int[] position = new int[blocks.size()];
    private final PriorityQueue<Integer> heads;
    private final long[] previous;
    private boolean started;
    private Record next;

    Merge(int[] columns, RecordFactory records) {
      this.columns = columns;
      this.records = records;
      this.previous = new long[width];
      this.heads =
          new PriorityQueue<>(
              Math.max(1, blocks.size()),
              (a, b) ->
                  TupleSort.compare(
                      blocks.get(a),
                      width * position[a],
                      blocks.get(b),
                      width * position[b],
                      columns));
      for (int b = 0; b < blocks.size(); b++) if (size(b) > 0) heads.add(b);
      next = advance();
    }

    private Record advance() {
      while (!heads.isEmpty()) {
        int b = heads.poll();
        long[] block = blocks.get(b);
        int at = width * position[b];
        if (++position[b] < size(b)) heads.add(b);
        if (started && repeats(block, at)) continue;
        started = true;
        byte[] key = new byte[width * Long.BYTES];
        for (int c = 0; c < width; c++) {
          previous[c] = block[at + columns[c]];
          Bytes.setLong(previous[c], key, c * Long.BYTES);
        }
        return records.create(key);
      }
      return null;
    }

    private boolean repeats(long[] block, int at) {
      for (int c = 0; c < width; c++) if (block[at + columns[c]] != previous[c]) return false;
      return true;
    }

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public Record next() {
      if (next == null) throw new NoSuchElementException();
      Record r = next;
      next = advance();
      return r;
    }
  }
}
