package org.pwckg.ontology;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRI scheme (documented in docs/IRIS.md): every entity IRI is derived from a stable PWC
 * identifier, so the same record always yields the same IRI and re-ingest replaces rather than
 * duplicates.
 */
public record Iris(String base) {
  private static final Pattern PWC_PAPER =
      Pattern.compile("^https?://(?:www\\.)?paperswithcode\\.com/paper/([^/?#]+)/?$");
  private static final Pattern PWC_ENTITY =
      Pattern.compile("^https?://(?:www\\.)?paperswithcode\\.com/(?:[a-z-]+)/([^/?#]+)/?$");
  private static final Pattern ARXIV =
      Pattern.compile(
          "^https?://(?:www\\.)?arxiv\\.org/(?:abs|pdf)/([a-z\\-.]*/?\\d{4,7}(?:\\.\\d{4,5})?)(?:v\\d+)?(?:\\.pdf)?/?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GITHUB =
      Pattern.compile(
          "^https?://(?:www\\.)?github\\.com/([^/?#]+)/([^/?#]+?)(?:\\.git)?/?(?:[?#].*)?$",
          Pattern.CASE_INSENSITIVE);

  public static final Iris DEFAULT = new Iris(Namespaces.DEFAULT_BASE);

  public Iris {
    if (!base.endsWith("/")) base = base + "/";
  }

  public Node paper(String slug) {
    return named("paper/", slug);
  }

  public Node paperByArxiv(String arxivId) {
    return named("paper/arxiv-", Slugs.of(arxivId));
  }

  public Node paperByTitle(String title) {
    return named("paper/title-", Slugs.titleKey(title));
  }

  public Node author(String name) {
    return named("author/", Slugs.of(name));
  }

  public Node authorListCell(Node paper, int index) {
    return NodeFactory.createURI(paper.getURI() + "/authors/" + index);
  }

  public Node task(String name) {
    return named("task/", Slugs.of(name));
  }

  public Node area(String name) {
    return named("area/", Slugs.of(name));
  }

  public Node dataset(String slug) {
    return named("dataset/", slug);
  }

  public Node method(String slug) {
    return named("method/", slug);
  }

  public Node methodCollection(String name) {
    return named("method-collection/", Slugs.of(name));
  }

  public Node proceeding(String name) {
    return named("proceeding/", Slugs.of(name));
  }

  public Node conference(String name) {
    return named("conference/", Slugs.of(name));
  }

  /** github.com/{owner}/{name}, as in Linked Papers With Code; other hosts keep host and path. */
  public Node repository(String url) {
    return node("repository/" + repositoryKey(url));
  }

  public Node codeLink(Node paper, String repositoryUrl) {
    return node("code-link/" + localPart(paper, "paper/") + "/" + repositoryKey(repositoryUrl));
  }

  public Node evaluationTable(String task, String dataset) {
    return named(
        "evaluation/",
        required(Slugs.of(task), "task") + "/" + required(Slugs.of(dataset), "dataset"));
  }

  /** Keyed by {@link Slugs#metricKey}: "ROUGE-2" and "ROUGE-2*" are two metrics. */
  public Node metric(String name) {
    return named("metric/", Slugs.metricKey(name));
  }

  /**
   * The {@code position}-th metric (from 1) of an evaluation table as the table wrote it. "_" never
   * occurs in a slug, so the column cannot meet a subdataset's table ({@code E/{slug}}).
   */
  public Node metricColumn(Node table, int position) {
    if (position < 1) throw new IllegalArgumentException("positions count from 1: " + position);
    return NodeFactory.createURI(table.getURI() + "/_metric-" + position);
  }

  public Node model(String name) {
    return named("model/", Slugs.of(name));
  }

  /** A leaderboard row: keyed by table, model and paper so a newer dump's row replaces it. */
  public Node result(Node table, String model, String paperKey) {
    return result(table, model, paperKey, 1);
  }

  /**
   * The {@code occurrence}-th row (from 1) of a table with this model and paper key. Real tables
   * repeat a model and paper with other numbers (SQuAD lists "Conductor-net (ensemble)" of one
   * paper twice); without the count those rows would share one IRI and their scores would merge.
   * The first occurrence has the same IRI as {@link #result(Node, String, String)}.
   */
  public Node result(Node table, String model, String paperKey, int occurrence) {
    if (occurrence < 1)
      throw new IllegalArgumentException("occurrence counts from 1: " + occurrence);
    String key = model + "\u0000" + paperKey + (occurrence == 1 ? "" : "\u0000" + occurrence);
    return node("result/" + localPart(table, "evaluation/") + "/" + Slugs.shortHash(key));
  }

  public Node score(Node result, String metric) {
    return NodeFactory.createURI(
        result.getURI() + "/" + required(Slugs.metricKey(metric), "metric"));
  }

  public Node figure(String sha256) {
    return named("figure/", sha256);
  }

  public Node node(String path) {
    return NodeFactory.createURI(base + path);
  }

  /**
   * An entity IRI; an empty key would name the collection ({@code task/}) rather than an entity.
   */
  private Node named(String prefix, String key) {
    return node(prefix + required(key, prefix.replaceAll("[/-]+$", "")));
  }

  private static String required(String key, String what) {
    if (key == null || key.isEmpty()) throw new IllegalArgumentException("empty " + what + " name");
    return key;
  }

  /** The slug of a paperswithcode.com/paper/{slug} URL. */
  public static Optional<String> pwcPaperSlug(String url) {
    return group(PWC_PAPER, url, 1);
  }

  /** The slug of any paperswithcode.com/{kind}/{slug} URL (dataset, method, task…). */
  public static Optional<String> pwcSlug(String url) {
    return group(PWC_ENTITY, url, 1);
  }

  /** The arXiv identifier, without version, of an arxiv.org abs or pdf URL. */
  public static Optional<String> arxivId(String url) {
    return group(ARXIV, url, 1);
  }

  public static Optional<String[]> githubOwnerAndName(String url) {
    if (url == null) return Optional.empty();
    Matcher m = GITHUB.matcher(url.trim());
    return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2)}) : Optional.empty();
  }

  static String repositoryKey(String url) {
    Optional<String[]> gh = githubOwnerAndName(url);
    if (gh.isPresent()) return "github.com/" + gh.get()[0] + "/" + gh.get()[1];
    URI uri = URI.create(url.trim());
    if (uri.getHost() == null) throw new IllegalArgumentException("not an absolute URL: " + url);
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return uri.getHost() + path;
  }

  private String localPart(Node node, String prefix) {
    String uri = node.getURI();
    return uri.startsWith(base + prefix)
        ? uri.substring(base.length() + prefix.length())
        : Slugs.of(uri);
  }

  private static Optional<String> group(Pattern p, String text, int g) {
    if (text == null) return Optional.empty();
    Matcher m = p.matcher(text.trim());
    return m.matches() ? Optional.of(m.group(g)) : Optional.empty();
  }
}
