package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.pwckg.ingest.iri.Names;
import org.pwckg.ingest.match.PaperMatcher.Match;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ontology.Iris;

/** methods → method, collections, introduced-in paper (MAPPING.md). */
final class MethodMapper implements RecordMapper {
  /** The archive's placeholder year for methods whose year nobody entered. */
  private static final int PLACEHOLDER_YEAR = 2000;

  private final MappingContext ctx;
  private final Names names;

  MethodMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.names = ctx.names();
  }

  @Override
  public RecordGraph map(Fields f) {
    String url = f.url("url");
    String name = f.requiredText("name");
    String slug = Iris.pwcSlug(url).orElseGet(() -> Names.slug(name));
    Node m = names.iris().method(slug);
    RecordGraph g = new RecordGraph();
    g.claim(m);
    g.add(m, TYPE, METHOD);
    g.text(m, LABEL, name);
    g.text(m, ALTERNATE_NAME, f.text("full_name"));
    g.text(m, DESCRIPTION, f.text("description"));
    g.iri(m, SOURCE, f.link("source_url"));
    g.iri(m, CODE_SNIPPET, f.link("code_snippet_url"));
    g.add(m, SAME_AS, Names.lpwc("method", slug));
    Match paper = introducedIn(f, m, g);
    Integer year = f.year("introduced_year");
    if (year != null && (year != PLACEHOLDER_YEAR || paper != null)) {
      g.literal(m, INTRODUCED_YEAR, Literals.year(year));
    }
    for (Fields c : f.objects("collections")) collection(c, m, g);
    return g;
  }

  private Match introducedIn(Fields f, Node m, RecordGraph g) {
    Fields paper = f.object("paper");
    if (paper == null) return null;
    String title = paper.text("title");
    Match match = ctx.matcher().forIntroducedIn(paper.text("url"), title).orElse(null);
    if (match == null) return null;
    g.add(m, INTRODUCED_IN, match.paper());
    PaperStubs.stubIfUnknown(g, match, title);
    return match;
  }

  private void collection(Fields c, Node m, RecordGraph g) {
    String name = c.text("collection");
    if (name == null) return;
    Node coll = names.methodCollection(name);
    g.add(m, COLLECTION, coll);
    g.stub(coll, METHOD_COLLECTION, LABEL, name);
    String area = c.text("area");
    if (area != null) {
      Node a = names.area(area);
      g.stub(coll, AREA_PROP, a);
      g.stub(a, AREA, LABEL, area);
    }
  }
}
