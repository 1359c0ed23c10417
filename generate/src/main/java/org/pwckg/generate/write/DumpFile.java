package org.pwckg.generate.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * One dump file being written: a JSON array streamed through gzip. Java's gzip header carries
 * modification time 0, so equal content gives equal bytes.
 */
public final class DumpFile implements AutoCloseable {
  private static final int BUFFER = 1 << 20;
  private final JsonGenerator json;

  private DumpFile(JsonGenerator json) {
    this.json = json;
  }

  /** Python's one-line layout, non-ASCII written as UTF-8 (papers, links, tables, datasets). */
  public static DumpFile oneLine(Path file) throws IOException {
    JsonGenerator g = factory().createGenerator(open(file), JsonEncoding.UTF8);
    g.setPrettyPrinter(PythonStyle.oneLine());
    return start(g);
  }

  /** Python's {@code indent=2, ensure_ascii=True} layout (methods.json). */
  public static DumpFile indentedAscii(Path file) throws IOException {
    JsonGenerator g = factory().createGenerator(open(file), JsonEncoding.UTF8);
    g.setPrettyPrinter(PythonStyle.indentTwo());
    g.setCharacterEscapes(new AsciiEscapes());
    return start(g);
  }

  private static JsonFactory factory() {
    return JsonFactory.builder().build();
  }

  private static OutputStream open(Path file) throws IOException {
    OutputStream disk = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    return new BufferedOutputStream(new GZIPOutputStream(disk, BUFFER), BUFFER);
  }

  private static DumpFile start(JsonGenerator g) throws IOException {
    g.writeStartArray();
    return new DumpFile(g);
  }

  public JsonGenerator json() {
    return json;
  }

  @Override
  public void close() throws IOException {
    json.writeEndArray();
    json.close();
  }
}
