package org.pwckg.ingest.match;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;

/**
 * Finds the paper a link, a leaderboard row or an "introduced in" refers to (MAPPING.md): by
 * paperswithcode.com paper URL, then arXiv id, then normalised title against the known papers;
 * otherwise a paper node of its own that the caller stubs.
 */
public final class PaperMatcher {
  /**
   * The paper, how it was found ({@code pwc:MatchedBy…}/{@code pwc:Unmatched}), whether it is a
   * known paper, and the arXiv id the reference carried (null if none), which a stub keeps.
   */
  public record Match(Node paper, Node kind, boolean known, String arxivId) {
    Match(Node paper, Node kind, boolean known) {
      this(paper, kind, known, null);
    }
  }

  private final Iris iris;
  private final PaperIndex index;

  public PaperMatcher(Iris iris, PaperIndex index) {
    this.iris = iris;
    this.index = index;
  }

  public PaperIndex index() {
    return index;
  }

  /**
   * A leaderboard row: PWC URL, arXiv URL (the known paper with that id, else the {@code
   * paper/arxiv-…} node), known title, else a {@code paper/title-…} node; empty without URL and
   * title.
   */
  public Optional<Match> forRow(String paperUrl, String paperTitle) {
    Optional<Match> byUrl = byPwcUrl(paperUrl).or(() -> byArxivUrl(paperUrl));
    if (byUrl.isPresent()) return byUrl;
    return paperTitle == null ? Optional.empty() : Optional.of(byTitle(paperTitle));
  }

  /**
   * A code link: PWC URL, else arXiv id, else its abstract or PDF URL (an arXiv one, or that of a
   * known paper: ACL Anthology, CVF, OpenReview…), else the title of a known paper; empty when none
   * of them identifies a paper. Exports other than PWC's own give no PWC URL and often no arXiv id.
   */
  public Optional<Match> forLink(
      String paperUrl, String arxivId, String urlAbs, String urlPdf, String title) {
    return byPwcUrl(paperUrl)
        .or(() -> Optional.ofNullable(arxivId).map(this::byArxivId))
        .or(() -> byPaperUrl(urlAbs))
        .or(() -> byPaperUrl(urlPdf))
        .or(() -> byPaperUrl(paperUrl))
        .or(() -> knownTitle(title));
  }

  /** The paper a method or dataset was introduced in: PWC URL, else title; empty with neither. */
  public Optional<Match> forIntroducedIn(String paperUrl, String paperTitle) {
    Optional<Match> byUrl = byPwcUrl(paperUrl);
    if (byUrl.isPresent()) return byUrl;
    return paperTitle == null ? Optional.empty() : Optional.of(byTitle(paperTitle));
  }

  private Optional<Match> byPwcUrl(String url) {
    return Iris.pwcPaperSlug(url)
        .map(
            slug -> {
              Node paper = iris.paper(slug);
              return new Match(paper, Vocab.MATCHED_BY_PWC_URL, index.known(paper));
            });
  }

  private Optional<Match> byPaperUrl(String url) {
    if (url == null) return Optional.empty();
    return byArxivUrl(url)
        .or(() -> index.byUrl(url).map(p -> new Match(p, Vocab.MATCHED_BY_PAPER_URL, true)));
  }

  private Optional<Match> knownTitle(String title) {
    if (title == null) return Optional.empty();
    return index.byTitle(title).map(p -> new Match(p, Vocab.MATCHED_BY_TITLE, true));
  }

  private Optional<Match> byArxivUrl(String url) {
    return Iris.arxivId(url).map(this::byArxivId);
  }

  /** The arXiv id identifies the paper even when it is not (yet) known; the node is then a stub. */
  private Match byArxivId(String arxivId) {
    return index
        .byArxivId(arxivId)
        .map(p -> new Match(p, Vocab.MATCHED_BY_ARXIV_ID, true))
        .orElseGet(
            () -> new Match(iris.paperByArxiv(arxivId), Vocab.MATCHED_BY_ARXIV_ID, false, arxivId));
  }

  private Match byTitle(String title) {
    return index
        .byTitle(title)
        .map(p -> new Match(p, Vocab.MATCHED_BY_TITLE, true))
        .orElseGet(() -> new Match(iris.paperByTitle(title), Vocab.UNMATCHED, false));
  }
}
