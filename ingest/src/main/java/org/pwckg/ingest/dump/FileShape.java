package org.pwckg.ingest.dump;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Says, from a file's first bytes, why it cannot be a dump at all: empty, gzip data under a plain
 * name (or the reverse), UTF-16 text. Without this the JSON parser's first complaint ("CTRL-CHAR,
 * code 31", "Unexpected character 0xfdd0") names a symptom, not the file's problem.
 */
final class FileShape {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private FileShape() {}

  /** Checks the file's own bytes (compressed or not) against the compression its name declares. */
  static Optional<String> ofFileBytes(DumpFile file, byte[] head) {
    if (head.length == 0) return Optional.of("the file is empty (0 bytes); expected a JSON array");
    boolean gzipData = head.length >= 2 && u(head[0]) == GZIP_MAGIC_1 && u(head[1]) == GZIP_MAGIC_2;
    if (gzipData && !file.gzipped())
      return Optional.of(
          "the file is gzip-compressed but named "
              + file.name()
              + "; expected plain JSON under that name (rename it to "
              + file.name()
              + ".gz)");
    if (!gzipData && file.gzipped())
      return Optional.of(
          "the file is named "
              + file.name()
              + " but is not gzip data (it starts with "
              + describe(head)
              + "); a plain JSON file should be named without .gz");
    return Optional.empty();
  }

  /** Checks the JSON text's first bytes (after decompression) for an encoding other than UTF-8. */
  static Optional<String> ofText(byte[] head) {
    if (head.length == 0) return Optional.of("the file holds no JSON (it is empty inside)");
    boolean bom16 =
        head.length >= 2
            && ((u(head[0]) == 0xfe && u(head[1]) == 0xff)
                || (u(head[0]) == 0xff && u(head[1]) == 0xfe));
    boolean nulls = head.length >= 2 && (head[0] == 0 || head[1] == 0);
    if (bom16 || nulls)
      return Optional.of(
          "the file is UTF-16 text; expected UTF-8 JSON (convert it, e.g. iconv -f UTF-16 -t UTF-8)");
    return Optional.empty();
  }

  /** Reads up to {@code n} bytes without consuming them (the stream must support mark). */
  static byte[] peek(InputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static String describe(byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?");
    return "'" + text + "'";
  }

  private static int u(byte b) {
    return b & 0xff;
  }
}
