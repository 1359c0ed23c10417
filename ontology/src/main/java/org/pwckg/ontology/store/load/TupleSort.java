package org.pwckg.ontology.store.load;

/**
 * Sorts tuples laid out one after another in a {@code long[]} ({@code width} longs each), by the
 * columns given, each compared as an unsigned long: a quicksort that swaps the tuples in place, so
 * sorting needs no memory beyond the array.
 */
final class TupleSort {
  private static final int INSERTION = 16;

  private final long[] a;
  private final int width;
  private final int[] columns;
  private final long[] pivot;

  TupleSort(long[] tuples, int width, int[] columns) {
    this.a = tuples;
    this.width = width;
    this.columns = columns;
    this.pivot = new long[width];
  }

  /** Compares the tuple at offset {@code i} of {@code x} with that at {@code j} of {@code y}. */
  static int compare(long[] x, int i, long[] y, int j, int[] columns) {
    for (int c : columns) {
      int r = Long.compareUnsigned(x[i + c], y[j + c]);
      if (r != 0) return r;
    }
    return 0;
  }

  /** Sorts the tuples numbered {@code lo} (inclusive) to {@code hi} (exclusive). */
  void sort(int lo, int hi) {
    while (hi - lo > INSERTION) {
      int mid = (lo + hi) >>> 1;
      if (less(mid, lo)) swap(mid, lo);
      if (less(hi - 1, lo)) swap(hi - 1, lo);
      if (less(hi - 1, mid)) swap(hi - 1, mid);
      System.arraycopy(a, width * mid, pivot, 0, width);
      int i = lo;
      int j = hi - 1;
      while (i <= j) {
        while (compare(a, width * i, pivot, 0, columns) < 0) i++;
        while (compare(a, width * j, pivot, 0, columns) > 0) j--;
        if (i <= j) swap(i++, j--);
      }
      // Recurse into the smaller side, loop on the larger: the stack stays O(log n) deep.
      if (j - lo < hi - i) {
        sort(lo, j + 1);
        lo = i;
      } else {
        sort(i, hi);
        hi = j + 1;
      }
    }
    for (int i = lo + 1; i < hi; i++) for (int j = i; j > lo && less(j, j - 1); j--) swap(j, j - 1);
  }

  private boolean less(int i, int j) {
    return compare(a, width * i, a, width * j, columns) < 0;
  }

  private void swap(int i, int j) {
    int x = width * i;
    int y = width * j;
    for (int c = 0; c < width; c++) {
      long t = a[x + c];
      a[x + c] = a[y + c];
      a[y + c] = t;
    }
  }
}
