package org.pwckg.generate.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.IntConsumer;
import java.util.zip.GZIPOutputStream;

/**
 * A big dump written as parts in parallel, each part a gzip member of a fixed range of items, then
 * joined into one file with tiny members for "[", ", " and "]" between them. A gzip file may hold
 * several members (RFC 1952); gzip, zcat, Python and Java's GZIPInputStream read them as one
 * stream. Part ranges depend only on the item count, so the bytes do not depend on threads.
 */
public final class PartedDump {
  /** Items a part: enough to keep gzip's window busy, small enough to spread over cores. */
  public static final int PART_SIZE = 1 << 15;

  private static final int BUFFER = 1 << 20;

  private PartedDump() {}

  public static int parts(int items) {
    return Math.max(1, (items + PART_SIZE - 1) / PART_SIZE);
  }

  /**
   * Writes part {@code part} of the items: records separated by ", ", no brackets.
   *
   * @return whether it holds any record
   */
  public static boolean writePart(
      Path target, int part, int items, RecordSource source, IntConsumer progress)
      throws IOException {
    int from = part * PART_SIZE;
    int to = Math.min(items, from + PART_SIZE);
    OutputStream file = Files.newOutputStream(partFile(target, part));
    try (JsonGenerator g = new JsonFactory().createGenerator(gzip(file), JsonEncoding.UTF8)) {
      g.setPrettyPrinter(PythonStyle.oneLine());
      for (int i = from; i < to; i++) {
        source.write(g, i);
        if ((i & 0x3FF) == 0x3FF) progress.accept(1 << 10);
      }
      progress.accept((to - from) & 0x3FF);
      return g.getOutputContext().getEntryCount() > 0;
    }
  }

  /** Joins the parts (skipping empty ones) into {@code target} and deletes them. */
  public static void assemble(Path target, boolean[] nonEmpty) throws IOException {
    try (FileChannel out =
        FileChannel.open(
            target,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      write(out, member("["));
      boolean first = true;
      for (int p = 0; p < nonEmpty.length; p++) {
        Path part = partFile(target, p);
        if (nonEmpty[p]) {
          if (!first) write(out, member(", "));
          first = false;
          try (FileChannel in = FileChannel.open(part)) {
            for (long done = 0, size = in.size(); done < size; )
              done += in.transferTo(done, size - done, out);
          }
        }
        Files.delete(part);
      }
      write(out, member("]"));
    }
  }

  static Path partFile(Path target, int part) {
    return target.resolveSibling(target.getFileName() + ".part-" + part);
  }

  private static OutputStream gzip(OutputStream file) throws IOException {
    return new java.io.BufferedOutputStream(
        new GZIPOutputStream(new java.io.BufferedOutputStream(file, BUFFER), BUFFER), BUFFER);
  }

  private static byte[] member(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static void write(FileChannel out, byte[] bytes) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) out.write(b);
  }
}
