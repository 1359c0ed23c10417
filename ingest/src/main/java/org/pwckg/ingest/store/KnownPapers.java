package org.pwckg.ingest.store;

import static org.pwckg.ontology.Vocab.*;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.pwckg.ingest.match.PaperIndex;
import org.pwckg.ontology.IriKind;

/**
 * Fills the paper index from a database: the papers a papers-dump record described (they have a
 * {@code foaf:page}, or a {@code pwc:arxivId} with an abstract, date or author list; the stubs
 * other records write have no page and, beside an arXiv id taken from a URL, none of those), so a
 * re-run matches exactly as the first run did.
 */
final class KnownPapers {
  private KnownPapers() {}

  static void load(Graph graph, String base, PaperIndex index) {
    String papers = base + IriKind.PAPER.prefix();
    Iterator<Triple> titles = graph.find(Node.ANY, TITLE, Node.ANY);
    while (titles.hasNext()) {
      Triple t = titles.next();
      Node p = t.getSubject();
      if (!p.isURI() || !p.getURI().startsWith(papers) || !t.getObject().isLiteral()) continue;
      String arxivId = first(graph, p, ARXIV_ID);
      if (graph.contains(p, PAGE, Node.ANY) || (arxivId != null && described(graph, p))) {
        index.add(p, arxivId, t.getObject().getLiteralLexicalForm());
        index.addUrls(
            p, uri(graph, p, URL), uri(graph, p, PDF_URL), uri(graph, p, CONFERENCE_URL_ABS));
      }
    }
    arxivStubs(graph, papers + "arxiv-", index);
  }

  /** The stubs written for arXiv ids (with or without a title), which a papers record replaces. */
  private static void arxivStubs(Graph graph, String prefix, PaperIndex index) {
    Iterator<Triple> ids = graph.find(Node.ANY, ARXIV_ID, Node.ANY);
    while (ids.hasNext()) {
      Triple t = ids.next();
      Node p = t.getSubject();
      if (p.isURI()
          && p.getURI().startsWith(prefix)
          && !graph.contains(p, PAGE, Node.ANY)
          && !described(graph, p)) index.addArxivStub(t.getObject().getLiteralLexicalForm());
    }
  }

  private static boolean described(Graph graph, Node p) {
    return graph.contains(p, ABSTRACT, Node.ANY)
        || graph.contains(p, ISSUED, Node.ANY)
        || graph.contains(p, AUTHOR_LIST, Node.ANY);
  }

  /**
   * The first {@code p} of {@code s}, in the graph's index order, if it is an IRI ({@code G.getSP}
   * takes the first of several values; {@code G.getZeroOrOneSP} would refuse them).
   */
  private static String uri(Graph graph, Node s, Node p) {
    Node o = G.getSP(graph, s, p);
    return o != null && o.isURI() ? o.getURI() : null;
  }

  private static String first(Graph graph, Node s, Node p) {
    Node o = G.getSP(graph, s, p);
    return o == null ? null : o.getLiteralLexicalForm();
  }
}
