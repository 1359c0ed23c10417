package org.pwckg.bench.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes dump files byte by byte, so that a record can carry what no JSON library writes: bytes
 * that are not UTF-8, raw control characters, a record cut off.
 */
final class DumpWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Stands for the damaged bytes in a serialised record, then is replaced by them. */
  static final String MARK = "@@DAMAGE@@";

  private DumpWriter() {}

  static byte[] json(JsonNode record) {
    try {
      return JSON.writeValueAsBytes(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code record} serialised with its {@link #MARK} replaced by {@code bytes}. */
  static byte[] withBytes(JsonNode record, byte[] bytes) {
    String text = new String(json(record), StandardCharsets.UTF_8);
    int at = text.indexOf(MARK);
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head);
    out.writeBytes(bytes);
    out.writeBytes(tail);
    return out.toByteArray();
  }

  /** The bytes of a JSON array of these records. */
  static byte[] array(List<byte[]> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('[');
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) out.write(',');
      out.write('\n');
      out.writeBytes(records.get(i));
    }
    out.writeBytes("\n]\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static void write(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes);
  }
}
