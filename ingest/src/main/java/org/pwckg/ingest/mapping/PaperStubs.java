package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ingest.match.PaperMatcher.Match;

/** The stub written for a paper that the papers dump did not describe: its types and a title. */
final class PaperStubs {
  private PaperStubs() {}

  static void stubIfUnknown(RecordGraph g, Match match, String title) {
    if (match.known()) return;
    Node p = match.paper();
    g.stub(p, TYPE, PAPER);
    g.stub(p, TYPE, SCHOLARLY_ARTICLE);
    if (title != null) g.stub(p, TITLE, NodeFactory.createLiteralString(title));
  }
}
