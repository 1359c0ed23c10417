package org.pwckg.embed.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.quantization.OptimizedScalarQuantizer;
import org.apache.lucene.util.quantization.OptimizedScalarQuantizer.QuantizationResult;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.apache.lucene.util.quantization.QuantizedVectorsReader;

/**
 * One segment's 1-bit vector codes, copied into the heap once and scanned in full for each query.
 *
 * <p>Why not Lucene's own search: the HNSW graph lost a fifth of the true top ten on the generated
 * archive's vectors (texts without topics, whose neighbours lie within a cosine of 0.002 of each
 * other) however many candidates it explored, while scoring every vector finds them: Lucene's
 * optimised scalar quantisation at one bit per dimension keeps 98 % of them among the 300 best
 * codes. Lucene scans those codes too (its flat format), but reads each through the directory and
 * scores it with a general kernel, about 50 ns a vector (30 ms at 578k); here a 384-d code is six
 * words in the heap, stored by column so that each word of many codes goes through one vector
 * popcount ({@link CodeDots}): about 3 ms for the scan and its re-ranking at 578k on one core.
 * Codes and corrective terms are exactly Lucene's (same quantiser, same centroid), and so is the
 * score up to terms that are the same for every vector of the query: {@code BitCodesTest} checks it
 * against Lucene's scorer.
 */
final class BitCodes {
  static final ScalarEncoding ENCODING = ScalarEncoding.SINGLE_BIT_QUERY_NIBBLE;
  private static final int QUERY_BITS = 4;

  /**
   * Shares of a scan run side by side, one per core: on two cores a scan is bound by memory (the
   * codes of 578k vectors are 28 MB, past the caches once a query's embedding has run), and two
   * cores fetch faster than one.
   */
  private static final int SHARES = Runtime.getRuntime().availableProcessors();

  private static final Executor SCANNERS =
      Executors.newFixedThreadPool(
          Math.max(1, SHARES - 1),
          Thread.ofPlatform().name("vector-scan-", 0).daemon(true).factory());

  /** Codes scored per pass: their sums and scores (48 KB) stay in the caches between the loops. */
  private static final int BLOCK = 4096;

  private final int dimension;
  private final int words;

  /** Word {@code w} of every vector's code, by ordinal: one column per word, scanned in turn. */
  private final long[][] columns;

  private final CodeDots.Terms terms;
  private final int[] docs;
  private final float[] centroid;
  private final float centroidDot;
  private final OptimizedScalarQuantizer quantizer;

  private BitCodes(QuantizedByteVectorValues values) throws IOException {
    int size = values.size();
    this.dimension = values.dimension();
    this.centroid = values.getCentroid().clone();
    this.centroidDot = values.getCentroidDP();
    this.quantizer = values.getQuantizer();
    int packed = ENCODING.getDocPackedLength(ENCODING.getDiscreteDimensions(dimension));
    this.words = (packed + Long.BYTES - 1) / Long.BYTES;
    this.columns = new long[words][size];
    long[] code = new long[words];
    this.terms = new CodeDots.Terms(size);
    this.docs = new int[size];
    for (int ord = 0; ord < size; ord++) {
      Arrays.fill(code, 0);
      pack(values.vectorValue(ord), code, 0);
      for (int w = 0; w < words; w++) columns[w][ord] = code[w];
      terms.set(ord, values.getCorrectiveTerms(ord));
      docs[ord] = values.ordToDoc(ord);
    }
  }

  /**
   * The codes of {@code field} in {@code leaf}, when the segment stores them at one bit per
   * dimension (segments of an older format are searched by Lucene).
   */
  static Optional<BitCodes> of(LeafReader leaf, String field) throws IOException {
    Optional<QuantizedByteVectorValues> values = values(leaf, field);
    return values.isEmpty() ? Optional.empty() : Optional.of(new BitCodes(values.get()));
  }

  /** Whether {@code leaf} stores {@code field} in the format these codes are read from. */
  static boolean stored(LeafReader leaf, String field) throws IOException {
    return values(leaf, field).isPresent();
  }

  private static Optional<QuantizedByteVectorValues> values(LeafReader leaf, String field)
      throws IOException {
    if (!(leaf instanceof CodecReader codec) || leaf.getFieldInfos().fieldInfo(field) == null)
      return Optional.empty();
    KnnVectorsReader reader = codec.getVectorReader();
    if (reader instanceof PerFieldKnnVectorsFormat.FieldsReader perField)
      reader = perField.getFieldReader(field);
    if (reader instanceof QuantizedVectorsReader quantized
        && quantized.getQuantizedVectorValues(field) instanceof QuantizedByteVectorValues values
        && values.getScalarEncoding() == ENCODING) return Optional.of(values);
    return Optional.empty();
  }

  int size() {
    return docs.length;
  }

  /** Heap bytes held: the codes and five numbers per vector. */
  long bytes() {
    return (long) words * docs.length * Long.BYTES + 5L * docs.length * Float.BYTES;
  }

  /**
   * The ordinals of the {@code n} codes nearest {@code query} (a unit vector), best first, skipping
   * documents that {@code live} says are deleted. Ordinals are those of the segment's float vectors
   * too.
   */
  int[] nearest(float[] query, int n, Bits live) {
    return nearest(query, n, live, Math.min(SHARES, Math.max(1, docs.length / (4 * BLOCK))));
  }

  /**
   * As {@link #nearest(float[], int, Bits)}, in {@code shares} run side by side: the other cores
   * scan a share each while this thread scans the first, then any share no core has started yet
   * ({@code FutureTask.run} does nothing for one that has), so a busy pool costs no waiting.
   */
  int[] nearest(float[] query, int n, Bits live, int shares) {
    Query q = quantize(query);
    int perShare = (docs.length + shares - 1) / shares;
    List<FutureTask<LongHeap>> others = new ArrayList<>();
    for (int s = 1; s < shares; s++) {
      int from = s * perShare;
      FutureTask<LongHeap> task =
          new FutureTask<>(() -> best(q, from, Math.min(docs.length, from + perShare), n, live));
      others.add(task);
      SCANNERS.execute(task);
    }
    LongHeap heap = best(q, 0, Math.min(docs.length, perShare), n, live);
    for (FutureTask<LongHeap> task : others) {
      task.run();
      LongHeap share = join(task);
      while (share.size() > 0) heap.insertWithOverflow(share.pop());
    }
    int[] out = new int[heap.size()];
    for (int i = out.length - 1; i >= 0; i--) out[i] = (int) heap.pop();
    return out;
  }

  private static LongHeap join(FutureTask<LongHeap> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while scanning vector codes", e);
    }
  }

  /**
   * The best {@code n} codes of ordinals {@code from} to {@code to}, as heap entries that sort by
   * score, then by ord: the float threshold passes over most codes at one comparison.
   */
  private LongHeap best(Query q, int from, int to, int n, Bits live) {
    long[] dots = new long[BLOCK];
    float[] scores = new float[BLOCK];
    LongHeap heap = new LongHeap(n);
    float threshold = Float.NEGATIVE_INFINITY;
    for (int start = from; start < to; start += BLOCK) {
      int length = Math.min(to, start + BLOCK) - start;
      dots(q, start, start + length, dots);
      CodeDots.BEST.scores(terms, start, length, dots, q.constant, q.lower, q.step, scores);
      for (int i = 0; (i = CodeDots.BEST.nextAtLeast(scores, i, length, threshold)) < length; i++) {
        int ord = start + i;
        if (live != null && !live.get(docs[ord])) continue;
        long entry = ((long) NumericUtils.floatToSortableInt(scores[i]) << 32) | ord;
        if (heap.size() < n) heap.push(entry);
        else if (entry > heap.top()) heap.updateTop(entry);
        else continue;
        if (heap.size() == n) threshold = NumericUtils.sortableIntToFloat((int) (heap.top() >> 32));
      }
    }
    return heap;
  }

  /**
   * The score Lucene gives {@code ord} for {@code query} (DOT_PRODUCT, (1 + cos) / 2), from these
   * codes: for tests that pin the scan to Lucene's scorer.
   */
  float luceneScore(float[] query, int ord) {
    Query q = quantize(query);
    long[] dot = new long[1];
    dots(q, ord, ord + 1, dot);
    float rank = terms.score(ord, dot[0], q.constant, q.lower, q.step);
    float score = rank + q.terms.additionalCorrection() - centroidDot;
    return Math.max((1 + score) / 2, 0);
  }

  /**
   * The integer dot products {@code Σ 2^p·popcount(plane_p & code)} of the codes {@code from} to
   * {@code to} with the 4-bit query, into {@code dots}, a column at a time ({@link CodeDots}).
   */
  private void dots(Query q, int from, int to, long[] dots) {
    Arrays.fill(dots, 0, to - from, 0);
    long[] p = q.planes;
    for (int w = 0; w < words; w++) {
      CodeDots.BEST.add(
          columns[w],
          from,
          to - from,
          p[w],
          p[words + w],
          p[2 * words + w],
          p[3 * words + w],
          dots);
    }
  }

  private Query quantize(float[] query) {
    byte[] levels = new byte[ENCODING.getDiscreteDimensions(dimension)];
    // The quantiser overwrites its input.
    QuantizationResult terms =
        quantizer.scalarQuantize(query.clone(), levels, (byte) QUERY_BITS, centroid);
    byte[] transposed = new byte[ENCODING.getQueryPackedLength(levels.length)];
    OptimizedScalarQuantizer.transposeHalfByte(levels, transposed);
    int plane = transposed.length / QUERY_BITS;
    long[] planes = new long[QUERY_BITS * words];
    byte[] one = new byte[plane];
    for (int p = 0; p < QUERY_BITS; p++) {
      System.arraycopy(transposed, p * plane, one, 0, plane);
      pack(one, planes, p * words);
    }
    float step = (terms.upperInterval() - terms.lowerInterval()) / ((1 << QUERY_BITS) - 1);
    float constant = terms.lowerInterval() * dimension + step * terms.quantizedComponentSum();
    return new Query(planes, terms.lowerInterval(), step, constant, terms);
  }

  /** Bytes into little-endian words; the same order for codes and query, so bits line up. */
  private static void pack(byte[] bytes, long[] into, int at) {
    for (int i = 0; i < bytes.length; i++) {
      into[at + i / Long.BYTES] |= (bytes[i] & 0xFFL) << (8 * (i % Long.BYTES));
    }
  }

  private record Query(
      long[] planes, float lower, float step, float constant, QuantizationResult terms) {}
}
