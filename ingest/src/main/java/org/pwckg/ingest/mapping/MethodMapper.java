package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;

/** methods → method, collections, introduced-in paper (MAPPING.md). */
final class MethodMapper implements RecordMapper {
  /** The archive's placeholder year for methods whose year nobody entered. */
  private static final int PLACEHOLDER_YEAR = 2000;

  private final MappingContext ctx;
  private final Iris iris;

  MethodMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.iris = ctx.iris();
  }

  @Override
  public RecordGraph map(Fields f) {
    RecordGraph g = new RecordGraph();
    CatalogEntry entry = CatalogEntry.map(f, g, ctx, IriKind.METHOD, METHOD);
    Node m = entry.node();
    g.iri(m, SOURCE, f.link("source_url"));
    g.iri(m, CODE_SNIPPET, f.link("code_snippet_url"));
    Integer year = f.year("introduced_year");
    if (year != null && (year != PLACEHOLDER_YEAR || entry.introducedIn() != null)) {
      g.literal(m, INTRODUCED_YEAR, Literals.year(year));
    }
    for (Fields c : f.objects("collections")) collection(c, m, g);
    return g;
  }

  private void collection(Fields c, Node m, RecordGraph g) {
    String name = c.name("collection");
    if (name == null) return;
    Node coll = iris.methodCollection(name);
    g.add(m, COLLECTION, coll);
    g.stub(coll, METHOD_COLLECTION, LABEL, name);
    String area = c.name("area");
    if (area != null) {
      Node a = iris.area(area);
      g.stub(coll, AREA_PROP, a);
      g.stub(a, AREA, LABEL, area);
    }
  }
}
