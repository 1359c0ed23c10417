package org.pwckg.embed.model;

/**
 * A rectangular slice of {@link Tokens}, right-padded to its longest row, flattened row-major as
 * ONNX wants it. {@code lengths[r]} real tokens start each row; the mask is 1 there and 0 after.
 */
record PaddedBatch(int rows, int width, long[] ids, long[] mask, long[] typeIds, int[] lengths) {

  /** Rows {@code order[from..to)} of {@code tokens}. */
  static PaddedBatch of(Tokens tokens, int[] order, int from, int to) {
    int rows = to - from;
    int width = 0;
    for (int r = from; r < to; r++) width = Math.max(width, tokens.length(order[r]));
    long[] ids = new long[rows * width];
    long[] mask = new long[rows * width];
    long[] typeIds = new long[rows * width];
    int[] lengths = new int[rows];
    for (int r = 0; r < rows; r++) {
      int text = order[from + r];
      int n = tokens.length(text);
      lengths[r] = n;
      System.arraycopy(tokens.ids()[text], 0, ids, r * width, n);
      System.arraycopy(tokens.typeIds()[text], 0, typeIds, r * width, n);
      java.util.Arrays.fill(mask, r * width, r * width + n, 1L);
    }
    return new PaddedBatch(rows, width, ids, mask, typeIds, lengths);
  }

  long paddedTokens() {
    return (long) rows * width;
  }
}
