package org.pwckg.server.ld;

import org.pwckg.search.UnknownEntityException;
import org.pwckg.search.related.RelatedPaper;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.search.related.RelatedResponse;
import org.pwckg.server.http.Html;
import org.pwckg.server.http.PublicUrls;

/**
 * The "Related papers" section of a paper's HTML page: each paper linked, with its score and why.
 */
final class RelatedSection {
  static final int K = 10;

  private RelatedSection() {}

  static String render(RelatedPapers related, String paper, PublicUrls urls) {
    StringBuilder sb = new StringBuilder("<h2>Related papers</h2>\n");
    RelatedResponse r;
    try {
      r = related.of(paper, K);
    } catch (UnknownEntityException e) {
      // The page is the graph's; only this section waits for the index.
      return sb.append("<p class=\"muted\">")
          .append(Html.escape(RelatedPapers.NOT_INDEXED_YET))
          .append("</p>\n")
          .toString();
    }
    if (r.results().isEmpty()) return sb.append("<p class=\"muted\">None found.</p>\n").toString();
    sb.append("<table class=\"related\">\n");
    for (RelatedPaper p : r.results()) {
      String local = urls.localPath(p.iri());
      sb.append("<tr><td>")
          .append(String.format("%.2f", p.score()))
          .append("</td><td><a href=\"")
          .append(Html.escape(local != null ? local : p.iri()))
          .append("\">")
          .append(Html.escape(p.title()))
          .append("</a><br><span class=\"muted\">")
          .append(Html.escape(p.why()))
          .append("</span></td></tr>\n");
    }
    sb.append("</table>\n");
    r.notes()
        .forEach(n -> sb.append("<p class=\"muted\">").append(Html.escape(n)).append("</p>\n"));
    return sb.toString();
  }
}
