package org.pwckg.ontology.store.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.junit.jupiter.api.Test;

class NodeIdTuplesTest {
  private static final RecordFactory TRIPLES = new RecordFactory(24, 0);
  private static final RecordFactory QUADS = new RecordFactory(32, 0);

  /**
   * Ids with the top bit set (inline values) must sort after the others, as TDB2 compares record
   * bytes unsigned; few distinct values make many repeats, across and within blocks.
   */
  @Test
  void records_come_in_the_index_order_of_unsigned_bytes_once_each() {
    Random random = new Random(7);
    long[] values = {0, 1, 2, 0x7fff_ffff_ffff_ffffL, 0x8000_0000_0000_0000L, -1, 1L << 40, 5};
    NodeIdTuples tuples = new NodeIdTuples(3, 100);
    List<long[]> added = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      long[] t = {pick(values, random), pick(values, random), pick(values, random)};
      added.add(t);
      tuples.add(t);
    }
    assertThat(tuples.size()).isEqualTo(2_345);

    for (String order : List.of("SPO", "POS", "OSP")) {
      TreeSet<Record> expected = new TreeSet<>(Record::compareByKeyValue);
      for (long[] t : added) expected.add(record(TRIPLES, t, "SPO", order));
      List<Record> actual = new ArrayList<>();
      tuples.sorted("SPO", order, TRIPLES).forEachRemaining(actual::add);
      assertThat(actual)
          .as(order)
          .usingElementComparator(Record::compareByKeyValue)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void quads_are_ordered_by_the_columns_of_their_index() {
    NodeIdTuples tuples = new NodeIdTuples(4, 2);
    tuples.add(new long[] {1, 9, 8, 7});
    tuples.add(new long[] {1, 2, 3, 4});
    tuples.add(new long[] {1, 2, 3, 4});
    List<Record> ospg = new ArrayList<>();
    tuples.sorted("GSPO", "OSPG", QUADS).forEachRemaining(ospg::add);
    assertThat(ospg).extracting(r -> Bytes.getLong(r.getKey(), 0)).containsExactly(4L, 7L);
    assertThat(ospg).extracting(r -> Bytes.getLong(r.getKey(), 24)).containsExactly(1L, 1L);
  }

  @Test
  void an_empty_table_gives_no_records() {
    assertThat(new NodeIdTuples(3).sorted("SPO", "POS", TRIPLES).hasNext()).isFalse();
  }

  private static long pick(long[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  private static Record record(RecordFactory f, long[] t, String primary, String order) {
    byte[] key = new byte[8 * t.length];
    for (int i = 0; i < t.length; i++)
      Bytes.setLong(t[primary.indexOf(order.charAt(i))], key, 8 * i);
    return f.create(key);
  }
}
