package org.pwckg.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.pwckg.generate.tables.LeaderboardIndex;
import org.pwckg.generate.world.Method;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;
import org.pwckg.generate.write.RecordSource;

/**
 * Writes papers-with-abstracts.json records, fields in the real order; methods embedded in full.
 */
final class PapersWriter implements RecordSource {
  private final World world;
  private final PaperBodies bodies;
  private final MethodPapers methodPapers;

  PapersWriter(World world, LeaderboardIndex leaderboards, MethodPapers methodPapers) {
    this.world = world;
    this.bodies = new PaperBodies(world, leaderboards);
    this.methodPapers = methodPapers;
  }

  @Override
  public void write(JsonGenerator g, int i) throws IOException {
    PaperCore core = world.papers().core(i);
    PaperBodies.Body body = bodies.body(core);
    g.writeStartObject();
    g.writeStringField("paper_url", core.paperUrl());
    g.writeStringField("arxiv_id", core.arxivId());
    g.writeNullField("nips_id");
    g.writeNullField("openreview_id");
    g.writeStringField("title", core.title());
    g.writeStringField("abstract", body.abstractText());
    g.writeNullField("short_abstract");
    g.writeStringField("url_abs", core.urlAbs());
    g.writeStringField("url_pdf", core.urlPdf());
    g.writeStringField("proceeding", body.proceeding());
    g.writeArrayFieldStart("authors");
    for (String a : body.authors()) g.writeString(a);
    g.writeEndArray();
    g.writeArrayFieldStart("tasks");
    for (String t : body.tasks()) g.writeString(t);
    g.writeEndArray();
    g.writeStringField("date", core.date());
    g.writeNullField("conference_url_abs");
    g.writeNullField("conference_url_pdf");
    g.writeStringField("conference", body.conference());
    g.writeNullField("reproduces_paper");
    g.writeArrayFieldStart("methods");
    for (int m : body.methods()) method(g, world.methods().get(m), methodPapers.of(m));
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A method as papers embed it; main_collection only where the method has exactly one. */
  private static void method(JsonGenerator g, Method m, PaperCore paper) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", m.name());
    g.writeStringField("full_name", m.fullName());
    g.writeStringField("description", m.description());
    g.writeNumberField("introduced_year", m.introducedYear());
    g.writeStringField("source_url", paper == null ? null : paper.urlAbs());
    g.writeStringField("source_title", paper == null ? null : paper.title());
    g.writeStringField("code_snippet_url", m.codeSnippetUrl());
    g.writeFieldName("main_collection");
    if (m.collections().size() != 1) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeStringField("name", m.collections().get(0).name());
      g.writeNullField("description");
      g.writeNullField("parent");
      g.writeStringField("area", m.collections().get(0).area());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
