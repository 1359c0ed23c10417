package org.pwckg.ingest.record;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** URLs become IRIs in the graph, so each must be a valid absolute web IRI. */
final class Urls {
  private Urls() {}

  /** Why {@code url} is not usable, or null when it is. */
  static String problem(String url) {
    try {
      IRIx iri = IRIx.create(url);
      if (iri.scheme() == null) return "not absolute";
      String scheme = iri.scheme().toLowerCase();
      if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("ftp"))
        return "scheme " + scheme;
      return null;
    } catch (IRIException e) {
      String m = e.getMessage();
      int at = m.lastIndexOf(" : ");
      return at >= 0 ? m.substring(at + 3) : m;
    }
  }
}
