package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.pwckg.ingest.match.PaperMatcher.Match;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Slugs;

/**
 * What the catalogue dumps (datasets, methods) share: an entity named by its paperswithcode.com URL
 * (else its name), with label, full name, description, LPWC alignment and the paper that introduced
 * it.
 *
 * @param node the entity's IRI
 * @param introducedIn the matched introducing paper, if the record names one that matched
 */
record CatalogEntry(Node node, Match introducedIn) {
  /** Maps the shared fields of {@code f} into {@code g}; {@code kind} is the entity's IRI kind. */
  static CatalogEntry map(Fields f, RecordGraph g, MappingContext ctx, IriKind kind, Node type) {
    String url = f.url("url");
    String name = f.requiredText("name");
    String slug = Iris.pwcSlug(url).orElseGet(() -> Slugs.of(name));
    Node node = ctx.iris().entity(kind, slug);
    g.claim(node);
    g.add(node, TYPE, type);
    g.text(node, LABEL, name);
    g.text(node, RAW_NAME, f.rawIfPlaceholder("name"));
    g.text(node, ALTERNATE_NAME, f.text("full_name"));
    g.text(node, DESCRIPTION, f.text("description"));
    g.add(node, SAME_AS, Iris.lpwc(kind, slug));
    return new CatalogEntry(node, introducedIn(f, node, g, ctx));
  }

  private static Match introducedIn(Fields f, Node node, RecordGraph g, MappingContext ctx) {
    Fields paper = f.object("paper");
    if (paper == null) return null;
    String title = paper.name("title");
    Match match = ctx.matcher().forIntroducedIn(paper.name("url"), title).orElse(null);
    if (match == null) return null;
    g.add(node, INTRODUCED_IN, match.paper());
    PaperStubs.stubIfUnknown(g, match, title);
    return match;
  }
}
