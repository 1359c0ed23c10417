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
   * The paper, how it was found ({@code pwc:MatchedBy…}/{@code pwc:Unmatched}), and whether it is a
   * known paper.
   */
  public record Match(Node paper, Node kind, boolean known) {}

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

  /** A code link: PWC URL, else arXiv id; empty when it has neither. */
  public Optional<Match> forLink(String paperUrl, String arxivId) {
    return byPwcUrl(paperUrl).or(() -> Optional.ofNullable(arxivId).map(this::byArxivId));
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

  private Optional<Match> byArxivUrl(String url) {
    return Iris.arxivId(url).map(this::byArxivId);
  }

  /** The arXiv id identifies the paper even when it is not (yet) known; the node is then a stub. */
  private Match byArxivId(String arxivId) {
    return index
        .byArxivId(arxivId)
        .map(p -> new Match(p, Vocab.MATCHED_BY_ARXIV_ID, true))
        .orElseGet(() -> new Match(iris.paperByArxiv(arxivId), Vocab.MATCHED_BY_ARXIV_ID, false));
  }

  private Match byTitle(String title) {
    return index
        .byTitle(title)
        .map(p -> new Match(p, Vocab.MATCHED_BY_TITLE, true))
        .orElseGet(() -> new Match(iris.paperByTitle(title), Vocab.UNMATCHED, false));
  }
}
