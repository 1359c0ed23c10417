package org.pwckg.ingest.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.pwckg.ingest.match.Hash64;

/**
 * Remembers the hashes of recently written triples in a fixed table (8 MB), so that the stubs and
 * shared descriptions every record repeats (a task's type and label, a repository) reach the bulk
 * loader once rather than thousands of times. A triple evicted from the table is simply written
 * again, which the loader absorbs; memory stays flat.
 */
final class RecentTriples {
  private static final int SLOTS = 1 << 20;
  private final long[] table = new long[SLOTS];

  /** True unless this triple was seen recently (then it need not be written again). */
  boolean firstTime(Triple t) {
    long h = hash(t);
    int slot = (int) (h ^ (h >>> 32)) & (SLOTS - 1);
    if (table[slot] == h) return false;
    table[slot] = h;
    return true;
  }

  private static long hash(Triple t) {
    return Hash64.of(term(t.getSubject())) * 31 * 31
        + Hash64.of(term(t.getPredicate())) * 31
        + Hash64.of(term(t.getObject()));
  }

  private static String term(Node n) {
    return n.isURI()
        ? n.getURI()
        : n.isLiteral()
            ? n.getLiteralLexicalForm() + "^^" + n.getLiteralDatatypeURI()
            : n.toString();
  }
}
