package org.pwckg.ontology;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
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
    return named(IriKind.PAPER.prefix(), slug);
  }

  public Node paperByArxiv(String arxivId) {
    return named(IriKind.PAPER.prefix() + "arxiv-", Slugs.of(arxivId));
  }

  public Node paperByTitle(String title) {
    return named(IriKind.PAPER.prefix() + "title-", Slugs.titleKey(title));
  }

  public Node author(String name) {
    return named(IriKind.AUTHOR.prefix(), Slugs.of(name));
  }

  public Node authorListCell(Node paper, int index) {
    return NodeFactory.createURI(paper.getURI() + "/authors/" + index);
  }

  public Node task(String name) {
    return named(IriKind.TASK.prefix(), Slugs.of(name));
  }

  public Node area(String name) {
    return named(IriKind.AREA.prefix(), Slugs.of(name));
  }

  public Node dataset(String slug) {
    return named(IriKind.DATASET.prefix(), slug);
  }

  /** A dataset named only in a leaderboard (no PWC dataset URL): keyed by its name. */
  public Node datasetByName(String name) {
    return named(IriKind.DATASET.prefix(), Slugs.of(name));
  }

  public Node method(String slug) {
    return named(IriKind.METHOD.prefix(), slug);
  }

  /** A method named only by a paper (no PWC method URL): keyed by its name. */
  public Node methodByName(String name) {
    return named(IriKind.METHOD.prefix(), Slugs.of(name));
  }

  /**
   * A part of an entity, named by {@code name}: a subdataset of a dataset ({@code
   * dataset/conll-2014-shared-task/restricted}) and its table of the dataset's table.
   */
  public Node part(Node whole, String name) {
    return NodeFactory.createURI(whole.getURI() + "/" + required(Slugs.of(name), "part"));
  }

  public Node methodCollection(String name) {
    return named(IriKind.METHOD_COLLECTION.prefix(), Slugs.of(name));
  }

  public Node proceeding(String name) {
    return named(IriKind.PROCEEDING.prefix(), Slugs.of(name));
  }

  public Node conference(String name) {
    return named(IriKind.CONFERENCE.prefix(), Slugs.of(name));
  }

  /** github.com/{owner}/{name}, as in Linked Papers With Code; other hosts keep host and path. */
  public Node repository(String url) {
    return node(IriKind.REPOSITORY.prefix() + repositoryKey(url));
  }

  public Node codeLink(Node paper, String repositoryUrl) {
    return node(
        IriKind.CODE_LINK.prefix()
            + localPart(paper, IriKind.PAPER.prefix())
            + "/"
            + repositoryKey(repositoryUrl));
  }

  public Node evaluationTable(String task, String dataset) {
    return named(
        IriKind.EVALUATION.prefix(),
        required(Slugs.of(task), "task") + "/" + required(Slugs.of(dataset), "dataset"));
  }

  /** Keyed by {@link Slugs#metricKey}: "ROUGE-2" and "ROUGE-2*" are two metrics. */
  public Node metric(String name) {
    return named(IriKind.METRIC.prefix(), Slugs.metricKey(name));
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
    return named(IriKind.MODEL.prefix(), Slugs.of(name));
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
    return node(
        IriKind.RESULT.prefix()
            + localPart(table, IriKind.EVALUATION.prefix())
            + "/"
            + Slugs.shortHash(key));
  }

  public Node score(Node result, String metric) {
    return NodeFactory.createURI(
        result.getURI() + "/" + required(Slugs.metricKey(metric), "metric"));
  }

  public Node figure(String sha256) {
    return named(IriKind.FIGURE.prefix(), sha256);
  }

  /** The image bytes of a figure (its {@code schema:contentUrl}), served by the server. */
  public Node figureFile(String sha256) {
    return named("figures/", sha256);
  }

  public Node figureThumbnail(String sha256) {
    return NodeFactory.createURI(figureFile(sha256).getURI() + "/thumbnail");
  }

  /** The record of what the last ingest of {@code kind} (papers, figures…) read. */
  public Node ingestRecord(String kind) {
    return node("ingest/" + kind);
  }

  /** A provenance activity ({@code relate}). */
  public Node activity(String name) {
    return node("activity/" + name);
  }

  /** The named graph that records what each ingest run read. */
  public Node ingestGraph() {
    return node("graph/ingest");
  }

  /** The named graph of materialised related-paper links. */
  public Node relatedGraph() {
    return node("graph/related");
  }

  /** The {@code rank}-th related-paper link of the paper with local name {@code paperLocal}. */
  public Node relatedLink(String paperLocal, int rank) {
    return node("related/" + paperLocal + "/" + rank);
  }

  /**
   * The Linked Papers With Code IRI of the entity {@code kind}/{@code key} (docs/IRIS.md): our
   * paper, task, method, dataset and GitHub repository IRIs share LPWC's keys.
   */
  public static Node lpwc(IriKind kind, String key) {
    return NodeFactory.createURI(Namespaces.LPWC + kind.prefix() + key);
  }

  /** The entity {@code kind}/{@code id}, for an id already in IRI form (an API path). */
  public Node entity(IriKind kind, String id) {
    return named(kind.prefix(), id);
  }

  /** The id of an IRI of {@code kind} (what follows {@code kind/}), or empty for another IRI. */
  public Optional<String> id(String iri, IriKind kind) {
    String prefix = base + kind.prefix();
    return iri != null && iri.startsWith(prefix)
        ? Optional.of(iri.substring(prefix.length()))
        : Optional.empty();
  }

  public Node node(String path) {
    return NodeFactory.createURI(base + path);
  }

  /**
   * An entity IRI; an empty key would name the collection ({@code task/}) rather than an entity.
   */
  private Node named(String prefix, String key) {
    // The kind is spelled out only for the error: a regex per minted IRI cost the ingest's reading
    // thread a few percent.
    return node(prefix + required(key, () -> prefix.replaceAll("[/-]+$", "")));
  }

  private static String required(String key, String what) {
    return required(key, () -> what);
  }

  private static String required(String key, Supplier<String> what) {
    if (key == null || key.isEmpty())
      throw new IllegalArgumentException("empty " + what.get() + " name");
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
