package org.pwckg.ontology.store.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place tuple sort, on one thread and on the common pool, against a plain sort. */
class TupleSortTest {
  private static final int WIDTH = 3;

  @Test
  void both_sorts_order_tuples_by_their_columns_as_unsigned_longs() {
    // Enough tuples for several parallel partitions; few distinct values, so ties are common, and
    // some with the top bit set (inline ids), which a signed compare would put first.
    long[] tuples = new long[WIDTH * 300_000];
    Random random = new Random(13);
    for (int i = 0; i < tuples.length; i++)
      tuples[i] = random.nextInt(50) + (random.nextInt(4) == 0 ? Long.MIN_VALUE : 0);
    int[] columns = {2, 0, 1};
    long[][] expected = rows(tuples);
    Arrays.sort(
        expected,
        Comparator.<long[]>comparingLong(t -> t[2] ^ Long.MIN_VALUE)
            .thenComparingLong(t -> t[0] ^ Long.MIN_VALUE)
            .thenComparingLong(t -> t[1] ^ Long.MIN_VALUE));

    long[] serial = tuples.clone();
    new TupleSort(serial, WIDTH, columns).sort(0, serial.length / WIDTH);
    long[] parallel = tuples.clone();
    new TupleSort(parallel, WIDTH, columns).parallelSort(0, parallel.length / WIDTH);

    assertThat(rows(serial)).isDeepEqualTo(expected);
    assertThat(rows(parallel)).isDeepEqualTo(expected);
  }

  private static long[][] rows(long[] tuples) {
    long[][] rows = new long[tuples.length / WIDTH][];
    for (int i = 0; i < rows.length; i++)
      rows[i] = Arrays.copyOfRange(tuples, WIDTH * i, WIDTH * i + WIDTH);
    return rows;
  }
}
