package org.pwckg.ontology.store.load;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Sorts tuples laid out one after another in a {@code long[]} ({@code width} longs each), by the
 * columns given, each compared as an unsigned long: a quicksort that swaps the tuples in place, so
 * sorting needs no memory beyond the array.
 */
final class TupleSort {
  private static final int INSERTION = 16;
  private static final int PARALLEL_MIN = 1 << 16;

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
      long bounds = partition(lo, hi);
      int j = (int) (bounds >>> 32);
      int i = (int) bounds;
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

  /**
   * Sorts as {@link #sort} does, with the two sides of the first few partitions sorted on the
   * common pool's threads (each with a sorter of its own: a sorter keeps its pivot).
   */
  void parallelSort(int lo, int hi) {
    int depth = 32 - Integer.numberOfLeadingZeros(4 * ForkJoinPool.getCommonPoolParallelism());
    ForkJoinPool.commonPool().invoke(new Part(lo, hi, depth));
  }

  private final class Part extends RecursiveAction {
    private final int lo;
    private final int hi;
    private final int depth;

    Part(int lo, int hi, int depth) {
      this.lo = lo;
      this.hi = hi;
      this.depth = depth;
    }

    @Override
    protected void compute() {
      TupleSort sorter = new TupleSort(a, width, columns);
      if (depth == 0 || hi - lo < PARALLEL_MIN) {
        sorter.sort(lo, hi);
        return;
      }
      long bounds = sorter.partition(lo, hi);
      invokeAll(
          new Part(lo, (int) (bounds >>> 32) + 1, depth - 1),
          new Part((int) bounds, hi, depth - 1));
    }
  }

  /**
   * One quicksort partition of {@code lo..hi} (more than {@value #INSERTION} tuples) round a
   * median-of-three pivot: returns {@code j} (high int) and {@code i} (low int), where {@code
   * lo..j} holds no tuple above the pivot and {@code i..hi} none below it.
   */
  private long partition(int lo, int hi) {
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
    return ((long) j << 32) | (i & 0xFFFFFFFFL);
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
