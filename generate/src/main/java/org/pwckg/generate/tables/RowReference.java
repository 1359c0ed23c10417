package org.pwckg.generate.tables;

import org.pwckg.generate.world.PaperCore;

/**
 * How a leaderboard row cites its paper, as the real rows do: by arXiv abstract or PDF URL (the PWC
 * URL for papers without arXiv id), by a repository, by an unrelated site, or not at all; the title
 * is the paper's title, the URL again, or empty.
 */
final class RowReference {
  private RowReference() {}

  static String url(Nodes.Row row, PaperCore paper, String repo) {
    return switch (row.urlKind()) {
      case "arxiv_abs" -> paper.hasArxiv() ? paper.arxivAbs() : paper.paperUrl();
      case "arxiv_pdf" -> paper.hasArxiv() ? paper.arxivPdf() : paper.paperUrl();
      case "pwc" -> paper.paperUrl();
      case "github" -> repo;
      case "external" -> row.externalUrl();
      default -> "";
    };
  }

  static String title(Nodes.Row row, PaperCore paper, String url) {
    return switch (row.titleKind()) {
      case "title" -> paper.title();
      case "url" -> url;
      default -> "";
    };
  }
}
