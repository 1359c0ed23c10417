package org.pwckg.search.index;

import java.time.Duration;

/**
 * What a sync of the keyword index did: documents added, rewritten because their entity changed,
 * left as they were, and deleted because their entity left the graph.
 */
public record SyncResult(
    long added, long updated, long unchanged, long deleted, long documents, Duration time) {
  public String summary() {
    return String.format(
        "Keyword index: %,d documents (%,d added, %,d updated, %,d unchanged, %,d deleted) in %.1f s",
        documents, added, updated, unchanged, deleted, time.toMillis() / 1000.0);
  }
}
