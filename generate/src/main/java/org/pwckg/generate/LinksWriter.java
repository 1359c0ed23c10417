package org.pwckg.generate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.pwckg.generate.world.Link;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;
import org.pwckg.generate.write.RecordSource;

/** Writes links-between-papers-and-code.json records: the links of every paper, in paper order. */
final class LinksWriter implements RecordSource {
  private final World world;

  LinksWriter(World world) {
    this.world = world;
  }

  @Override
  public void write(JsonGenerator g, int i) throws IOException {
    List<Link> links = world.links().links(i);
    if (links.isEmpty()) return;
    PaperCore paper = world.papers().core(i);
    for (Link link : links) link(g, paper, link);
  }

  private static void link(JsonGenerator g, PaperCore paper, Link link) throws IOException {
    g.writeStartObject();
    g.writeStringField("paper_url", paper.paperUrl());
    g.writeStringField("paper_title", paper.title());
    g.writeStringField("paper_arxiv_id", paper.arxivId());
    g.writeStringField("paper_url_abs", link.withUrlAbs() ? paper.urlAbs() : null);
    g.writeStringField("paper_url_pdf", link.withUrlPdf() ? paper.urlPdf() : null);
    g.writeStringField("repo_url", link.repoUrl());
    g.writeBooleanField("is_official", link.official());
    nullableBoolean(g, "mentioned_in_paper", link.mentionedInPaper());
    nullableBoolean(g, "mentioned_in_github", link.mentionedInGithub());
    g.writeStringField("framework", link.framework());
    g.writeEndObject();
  }

  private static void nullableBoolean(JsonGenerator g, String field, Boolean value)
      throws IOException {
    g.writeFieldName(field);
    if (value == null) g.writeNull();
    else g.writeBoolean(value);
  }
}
