package org.pwckg.ingest.store;

import static org.pwckg.ontology.Vocab.*;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
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

  private static String uri(Graph graph, Node s, Node p) {
    Iterator<Triple> it = graph.find(s, p, Node.ANY);
    try {
      if (!it.hasNext()) return null;
      Node o = it.next().getObject();
      return o.isURI() ? o.getURI() : null;
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }

  private static String first(Graph graph, Node s, Node p) {
    Iterator<Triple> it = graph.find(s, p, Node.ANY);
    try {
      return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    } finally {
      org.apache.jena.atlas.iterator.Iter.close(it);
    }
  }
}
