package org.pwckg.ingest.store;

import org.apache.jena.graph.Triple;

/**
 * Remembers recently written triples in a fixed table, so that the stubs and shared descriptions
 * every record repeats (a task's type and label, a repository) reach the bulk load once rather than
 * thousands of times. A triple evicted from the table is simply written again, which the load
 * absorbs (its indexes are sorted without repeats); memory stays flat.
 *
 * <p>The table holds the triples themselves, compared with {@code equals}, so a hash collision
 * costs a repeat at worst and never drops a triple; Jena's node hashes are Java string hashes, far
 * cheaper than hashing the terms again (this was a sixth of the reading thread's time).
 */
final class RecentTriples {
  private static final int SLOTS = 1 << 19;
  private final Triple[] table = new Triple[SLOTS];

  /** True unless this triple was seen recently (then it need not be written again). */
  boolean firstTime(Triple t) {
    int h = t.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    if (t.equals(table[slot])) return false;
    table[slot] = t;
    return true;
  }
}
