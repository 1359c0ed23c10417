package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ingest.match.PaperMatcher.Match;

/**
 * The stub written for a paper that the papers dump did not describe: its types, a title, and what
 * an arXiv URL or id says of it (the id, the abstract page, the PDF), so that the stub links out
 * and the papers dump's record with that id, when it comes, is the same node (MAPPING.md).
 */
final class PaperStubs {
  private PaperStubs() {}

  static void stubIfUnknown(RecordGraph g, Match match, String title) {
    if (match.known()) return;
    Node p = match.paper();
    g.stub(p, TYPE, PAPER);
    g.stub(p, TYPE, SCHOLARLY_ARTICLE);
    if (title != null) g.stub(p, TITLE, NodeFactory.createLiteralString(title));
    String arxivId = match.arxivId();
    if (arxivId != null) {
      g.stub(p, ARXIV_ID, NodeFactory.createLiteralString(arxivId));
      g.stub(p, SCHEMA_SAME_AS, NodeFactory.createURI("https://arxiv.org/abs/" + arxivId));
      g.stub(p, URL, NodeFactory.createURI("https://arxiv.org/abs/" + arxivId));
      g.stub(p, PDF_URL, NodeFactory.createURI("https://arxiv.org/pdf/" + arxivId));
    }
  }
}
