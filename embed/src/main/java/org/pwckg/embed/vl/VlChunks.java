package org.pwckg.embed.vl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and checks the worker's vector chunks (format in embed/python/pwckg_vl/vecfile.py): every
 * chunk present, its ids exactly the export's rows in order, the dimension the model's, every value
 * finite and every vector of unit length. Nothing is trusted that was not checked.
 */
public final class VlChunks {
  static final byte[] MAGIC = {'P', 'W', 'C', 'V'};
  static final int VERSION = 1;
  static final int HEADER = 20;

  /** float32 rounding of a unit vector of 4096 values stays far inside this. */
  static final double NORM_TOLERANCE = 1e-3;

  /** Receives each checked vector. */
  @FunctionalInterface
  public interface Sink {
    void accept(String id, float[] vector);
  }

  private VlChunks() {}

  public static String name(int chunk) {
    return String.format("chunk-%06d.pwcv", chunk);
  }

  /**
   * Checks every chunk of {@code run} against {@code ids} and hands each vector to {@code sink}.
   */
  public static void read(Path vectorsDir, VlRun run, List<String> ids, Sink sink) {
    for (int c = 0; c < run.chunks(); c++) {
      int start = c * run.chunkSize();
      List<String> expected = ids.subList(start, Math.min(start + run.chunkSize(), ids.size()));
      chunk(vectorsDir.resolve(name(c)), c, run.dimension(), expected, sink);
    }
  }

  private static void chunk(Path file, int c, int dim, List<String> expected, Sink sink) {
    ByteBuffer buf = ByteBuffer.wrap(bytes(file, c)).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[4];
    buf.get(magic);
    check(
        Arrays.equals(magic, MAGIC) && buf.getInt() == VERSION,
        c,
        "not a version " + VERSION + " vector chunk");
    int count = buf.getInt();
    int chunkDim = buf.getInt();
    int idBytes = buf.getInt();
    check(count == expected.size(), c, count + " rows, expected " + expected.size());
    check(chunkDim == dim, c, "dimension " + chunkDim + ", expected " + dim);
    check(
        idBytes >= 0 && buf.remaining() == (long) idBytes + 4L * count * dim,
        c,
        "wrong size for its header");
    List<String> got = ids(buf, idBytes, count);
    check(got.size() == count, c, got.size() + " ids for " + count + " rows");
    for (int i = 0; i < count; i++) {
      check(
          got.get(i).equals(expected.get(i)),
          c,
          "row " + i + " is " + got.get(i) + ", expected " + expected.get(i));
      sink.accept(got.get(i), vector(buf, dim, c, got.get(i)));
    }
  }

  private static List<String> ids(ByteBuffer buf, int length, int count) {
    byte[] raw = new byte[length];
    buf.get(raw);
    return count == 0
        ? List.of()
        : Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\n", -1));
  }

  private static float[] vector(ByteBuffer buf, int dim, int c, String id) {
    float[] v = new float[dim];
    double norm = 0;
    for (int k = 0; k < dim; k++) {
      v[k] = buf.getFloat();
      check(Float.isFinite(v[k]), c, id + " has a NaN or infinite value at " + k);
      norm += (double) v[k] * v[k];
    }
    check(
        Math.abs(Math.sqrt(norm) - 1) <= NORM_TOLERANCE,
        c,
        id + " is not unit length (norm " + Math.sqrt(norm) + ")");
    return v;
  }

  private static byte[] bytes(Path file, int c) {
    if (!Files.isRegularFile(file))
      throw new VlException("Chunk " + c + " is missing (" + file + "): the worker did not finish");
    try {
      byte[] data = Files.readAllBytes(file);
      check(data.length >= HEADER, c, "shorter than its header");
      return data;
    } catch (IOException e) {
      throw new VlException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void check(boolean ok, int chunk, String what) {
    if (!ok) throw new VlException("Chunk " + chunk + " of the worker's output: " + what);
  }
}
