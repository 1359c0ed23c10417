package org.pwckg.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.pwckg.generate.world.Method;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;
import org.pwckg.generate.write.DumpFile;

/** Writes methods.json in the real file's layout (indented, ASCII-escaped). */
final class MethodsWriter {
  private final World world;
  private final MethodPapers papers;

  MethodsWriter(World world, MethodPapers papers) {
    this.world = world;
    this.papers = papers;
  }

  void write(Path file, IntConsumer progress) throws IOException {
    try (DumpFile out = DumpFile.indentedAscii(file)) {
      JsonGenerator g = out.json();
      for (int m = 0; m < world.methods().size(); m++) {
        method(g, world.methods().get(m), papers.of(m));
        progress.accept(m + 1);
      }
    }
  }

  private static void method(JsonGenerator g, Method m, PaperCore paper) throws IOException {
    g.writeStartObject();
    g.writeStringField("url", m.url());
    g.writeStringField("name", m.name());
    g.writeStringField("full_name", m.fullName());
    g.writeStringField("description", m.description());
    g.writeFieldName("paper");
    if (paper == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("title", paper.title());
      g.writeStringField("url", paper.paperUrl());
      g.writeEndObject();
    }
    g.writeNumberField("introduced_year", m.introducedYear());
    g.writeStringField("source_url", paper == null ? null : paper.urlAbs());
    g.writeStringField("source_title", paper == null ? null : paper.title());
    g.writeStringField("code_snippet_url", m.codeSnippetUrl());
    g.writeNumberField("num_papers", m.numPapers());
    g.writeArrayFieldStart("collections");
    for (Method.Collection c : m.collections()) {
      g.writeStartObject();
      g.writeStringField("collection", c.name());
      g.writeStringField("area_id", c.areaId());
      g.writeStringField("area", c.area());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
