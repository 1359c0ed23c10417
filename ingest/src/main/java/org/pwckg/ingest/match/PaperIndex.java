package org.pwckg.ingest.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Slugs;

/**
 * The papers known to this ingest (already in the database, or read from the papers dump in this
 * run), findable by IRI, arXiv id and normalised title. It keeps one string per paper (its IRI
 * without the base) and 64-bit hashes for the keys, so 576k papers take some 60 MB. Where two
 * papers share an arXiv id or a title, the one with the smaller IRI wins, so the answer does not
 * depend on the order the papers were seen in.
 */
public final class PaperIndex {
  private final String base;
  private final List<String> localNames = new ArrayList<>();
  private final LongIntMap byIri = new LongIntMap(1 << 16);
  private final LongIntMap byArxiv = new LongIntMap(1 << 16);
  private final LongIntMap byTitle = new LongIntMap(1 << 16);
  private final LongIntMap byUrl = new LongIntMap(1 << 16);
  private final java.util.Set<String> arxivStubs = new java.util.HashSet<>();

  public PaperIndex(String base) {
    this.base = base;
  }

  public int size() {
    return localNames.size();
  }

  /** Records a paper of the papers dump; arXiv id and title may be null. */
  public void add(Node paper, String arxivId, String title) {
    String iri = paper.getURI();
    long h = Hash64.of(iri);
    int id = byIri.get(h);
    if (id < 0) {
      id = localNames.size();
      localNames.add(iri.startsWith(base) ? iri.substring(base.length()) : iri);
      byIri.put(h, id);
    }
    if (arxivId != null) keep(byArxiv, Hash64.of(arxivId), id);
    if (title != null) {
      String key = Slugs.titleKey(title);
      if (!key.isEmpty()) keep(byTitle, Hash64.of(key), id);
    }
  }

  /**
   * Records the abstract and PDF URLs of a known paper, by which code links from other exports name
   * it; null URLs are ignored. Keys ignore the scheme, {@code www.} and a trailing slash. arXiv
   * URLs are left out: a link's arXiv URL is matched by its id, and most papers have only arXiv
   * URLs, so the map stays small.
   */
  public void addUrls(Node paper, String... urls) {
    int id = byIri.get(Hash64.of(paper.getURI()));
    if (id < 0) return;
    for (String url : urls) {
      if (url != null && Iris.arxivId(url).isEmpty()) keep(byUrl, Hash64.of(urlKey(url)), id);
    }
  }

  public Optional<Node> byUrl(String url) {
    return node(byUrl.get(Hash64.of(urlKey(url))));
  }

  private static String urlKey(String url) {
    return url.strip().replaceFirst("^https?://(www\\.)?", "").replaceAll("/+$", "");
  }

  /**
   * Records a stub paper that an earlier run wrote for an arXiv id (from a leaderboard row's or a
   * link's URL), so that the papers-dump record with that id, when it comes, can replace it.
   */
  public void addArxivStub(String arxivId) {
    arxivStubs.add(arxivId);
  }

  public boolean hasArxivStub(String arxivId) {
    return arxivId != null && arxivStubs.contains(arxivId);
  }

  public boolean known(Node paper) {
    return byIri.contains(Hash64.of(paper.getURI()));
  }

  public Optional<Node> byArxivId(String arxivId) {
    return node(byArxiv.get(Hash64.of(arxivId)));
  }

  public Optional<Node> byTitle(String title) {
    String key = Slugs.titleKey(title);
    return key.isEmpty() ? Optional.empty() : node(byTitle.get(Hash64.of(key)));
  }

  private void keep(LongIntMap map, long key, int id) {
    int current = map.get(key);
    if (current < 0 || iri(id).compareTo(iri(current)) < 0) map.put(key, id);
  }

  private Optional<Node> node(int id) {
    return id < 0 ? Optional.empty() : Optional.of(NodeFactory.createURI(iri(id)));
  }

  private String iri(int id) {
    String local = localNames.get(id);
    return local.contains("://") ? local : base + local;
  }
}
