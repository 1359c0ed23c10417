package org.pwckg.server.api;

/**
 * What people read as a paper's name. A paper known only by its arXiv id (a stub written for a
 * leaderboard row or a code link) often has no title in the graph: it reads "arXiv:1609.02907", not
 * its IRI's last segment.
 */
public final class PaperNames {
  private PaperNames() {}

  /** The title, else "arXiv:{id}", else null (the caller falls back to the paper's id). */
  public static String of(String title, String arxivId) {
    if (title != null && !title.isBlank()) return title;
    return arxivId == null || arxivId.isBlank() ? null : "arXiv:" + arxivId;
  }
}
