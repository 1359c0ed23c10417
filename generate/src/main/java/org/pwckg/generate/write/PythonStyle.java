package org.pwckg.generate.write;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Layout of Python's {@code json.dump}, which wrote the real dumps: one line with ", " and ": "
 * separators, or (methods.json) {@code indent=2}: every value on its own line, empty containers as
 * {@code []} and {@code {}}. One instance per generator: it tracks the nesting depth.
 */
public final class PythonStyle implements PrettyPrinter {
  private final boolean indented;
  private int depth;

  private PythonStyle(boolean indented) {
    this.indented = indented;
  }

  public static PythonStyle oneLine() {
    return new PythonStyle(false);
  }

  public static PythonStyle indentTwo() {
    return new PythonStyle(true);
  }

  /** Records of a dump part are written as root values: they are array elements of the file. */
  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(", ");
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    depth++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newline(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    depth--;
    if (entries > 0) newline(g);
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    depth++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newline(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    separator(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    depth--;
    if (values > 0) newline(g);
    g.writeRaw(']');
  }

  private void separator(JsonGenerator g) throws IOException {
    if (indented) {
      g.writeRaw(',');
      newline(g);
    } else {
      g.writeRaw(", ");
    }
  }

  private void newline(JsonGenerator g) throws IOException {
    if (!indented) return;
    g.writeRaw('\n');
    for (int i = 0; i < depth; i++) g.writeRaw("  ");
  }
}
