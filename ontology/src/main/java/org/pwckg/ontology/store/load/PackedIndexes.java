package org.pwckg.ontology.store.load;

import java.util.Iterator;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * Writes the triple and quad indexes of a new storage folder bottom up from sorted tuples, as
 * Jena's xloader does after its external sort: each B+tree is packed in one pass, with full blocks,
 * instead of taking one random insert per tuple, which was nine tenths of the CPU time of Jena's
 * parallel loader here (BENCHMARKS.md, issue 13 item 1). The indexes must be empty.
 */
final class PackedIndexes {
  private PackedIndexes() {}

  /** Packs every index of {@code dsg}; returns the distinct triples written. */
  static long write(DatasetGraphTDB dsg, NodeIdTuples triples, NodeIdTuples quads) {
    long distinct = 0;
    for (TupleIndex index : dsg.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes())
      distinct = pack(index, triples, Names.primaryIndexTriples);
    for (TupleIndex index : dsg.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
      pack(index, quads, Names.primaryIndexQuads);
    return distinct;
  }

  private static long pack(TupleIndex index, NodeIdTuples tuples, String primary) {
    if (tuples.size() == 0) return 0;
    BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
    Counting records =
        new Counting(tuples.sorted(primary, index.getName(), tree.getRecordFactory()));
    CoLib.executeWrite(index, () -> packInto(tree, records));
    return records.count;
  }

  /** Writes {@code sorted} (distinct, in the tree's order) into the empty {@code tree}. */
  static void packInto(BPlusTree tree, Iterator<Record> sorted) {
    BPlusTreeRewriter.packIntoBPlusTree(
        sorted,
        tree.getParams(),
        tree.getRecordFactory(),
        tree.getStateManager().getBufferChannel(),
        tree.getNodeManager().getBlockMgr(),
        tree.getRecordsMgr().getBlockMgr());
  }

  private static final class Counting implements Iterator<Record> {
    private final Iterator<Record> records;
    long count;

    Counting(Iterator<Record> records) {
      this.records = records;
    }

    @Override
    public boolean hasNext() {
      return records.hasNext();
    }

    @Override
    public Record next() {
      count++;
      return records.next();
    }
  }
}
