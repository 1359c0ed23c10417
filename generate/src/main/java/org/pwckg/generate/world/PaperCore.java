package org.pwckg.generate.world;

/**
 * What other records need to know of a paper: how it is named and found. {@code arxivId} and {@code
 * date} may be null.
 */
public record PaperCore(
    int index,
    String title,
    String paperUrl,
    String arxivId,
    String urlAbs,
    String urlPdf,
    String date,
    int year) {

  public boolean hasArxiv() {
    return arxivId != null;
  }

  /** The arXiv abstract URL without version, as leaderboard rows cite papers. */
  public String arxivAbs() {
    return "https://arxiv.org/abs/" + arxivId;
  }

  public String arxivPdf() {
    return "https://arxiv.org/pdf/" + arxivId + ".pdf";
  }
}
