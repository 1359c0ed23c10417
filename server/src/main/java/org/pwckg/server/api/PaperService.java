package org.pwckg.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.search.UnknownEntityException;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.server.api.Views.PaperLinks;
import org.pwckg.server.api.Views.PaperPage;
import org.pwckg.server.api.Views.PaperResult;
import org.pwckg.server.api.Views.PaperSummary;
import org.pwckg.server.api.Views.Ref;
import org.pwckg.server.api.Views.RelatedPaper;
import org.pwckg.server.api.Views.Repository;
import org.pwckg.server.store.AnswerCache;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/** Everything the paper page shows, read with the catalogue's paper queries. */
public final class PaperService {
  /** Related papers on a paper page. */
  static final int RELATED = 5;

  private final Store store;
  private final Ids ids;
  private final RelatedPapers relatedPapers;
  private final AnswerCache answers;

  public PaperService(Store store, Ids ids, RelatedPapers relatedPapers, AnswerCache answers) {
    this.store = store;
    this.ids = ids;
    this.relatedPapers = relatedPapers;
    this.answers = answers;
  }

  public PaperPage page(String id) {
    return answers.get("paper", id, () -> computePage(id));
  }

  private PaperPage computePage(String id) {
    return Entity.read(
        store,
        ids,
        "paper",
        id,
        e -> {
          Node paper = e.iri();
          Map<String, Node> p = e.params();
          Row r = e.row();
          Related related = related(paper);
          List<Repository> repos = repositories(p);
          List<Row> entities = store.select("paper-entities", p);
          PaperLinks links =
              new PaperLinks(
                  r.iri("urlAbs"),
                  r.iri("urlPdf"),
                  r.iri("page"),
                  repos.stream().filter(x -> Boolean.TRUE.equals(x.isOfficial())).toList(),
                  repos.stream().filter(x -> !Boolean.TRUE.equals(x.isOfficial())).toList());
          return new PaperPage(
              id,
              paper.getURI(),
              r.text("arxivId"),
              r.text("nipsId"),
              r.text("title"),
              r.text("abstract"),
              authors(p),
              r.text("date"),
              label(r, "proceedingLabel", "proceeding"),
              label(r, "conferenceLabel", "conference"),
              links,
              repos,
              refs(entities, "task"),
              refs(entities, "method"),
              refs(entities, "dataset"),
              results(p),
              related.papers(),
              related.note());
        });
  }

  /** The list entry of a paper (as in the old API's paper list). */
  public PaperSummary summary(Node paper) {
    Map<String, Node> p = Map.of("paper", paper);
    List<Row> own = store.select("paper", p);
    if (own.isEmpty()) return null;
    Row r = own.getFirst();
    return new PaperSummary(
        ids.id(paper.getURI(), "paper"),
        paper.getURI(),
        r.text("arxivId"),
        r.text("title"),
        r.text("abstract"),
        r.text("date"),
        r.iri("urlAbs"),
        r.iri("urlPdf"),
        authors(p),
        label(r, "proceedingLabel", "proceeding"),
        label(r, "conferenceLabel", "conference"));
  }

  private List<String> authors(Map<String, Node> p) {
    return store.select("paper-authors", p).stream()
        .sorted(Comparator.comparingInt(r -> position(r.iri("cell"))))
        .map(r -> r.text("name") != null ? r.text("name") : r.iri("author"))
        .toList();
  }

  /** The author list cells end in their position ({@code …/authors/3}). */
  static int position(String cell) {
    try {
      return Integer.parseInt(cell.substring(cell.lastIndexOf('/') + 1));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  private List<Repository> repositories(Map<String, Node> p) {
    List<Repository> repos = new ArrayList<>();
    for (Row r : store.select("paper-code", p)) {
      String name = r.text("label");
      String[] ownerName =
          name != null && name.contains("/") ? name.split("/", 2) : new String[] {null, name};
      String url = r.iri("url") != null ? r.iri("url") : r.iri("repo");
      repos.add(
          new Repository(url, ownerName[0], ownerName[1], r.text("framework"), r.bool("official")));
    }
    return repos;
  }

  private List<Ref> refs(List<Row> entities, String kind) {
    return entities.stream()
        .filter(r -> kind.equals(r.text("kind")))
        .map(r -> ids.ref(r.iri("entity"), kind, r.text("label")))
        .distinct()
        .toList();
  }

  private List<PaperResult> results(Map<String, Node> p) {
    return store.select("paper-results", p).stream()
        .map(
            r ->
                new PaperResult(
                    ids.ref(r.iri("task"), "task", r.text("taskLabel")),
                    ids.ref(r.iri("dataset"), "dataset", r.text("datasetLabel")),
                    r.text("metricLabel"),
                    r.number("value"),
                    r.text("raw"),
                    r.text("model"),
                    ids.leaderboardPath(r.iri("table"))))
        .toList();
  }

  /** The related section: the papers, or none and why. */
  private record Related(List<RelatedPaper> papers, String note) {}

  /**
   * The paper's most related papers (embedding neighbours and shared tasks, datasets, methods,
   * code), with why. They come from the search index, which follows the graph: a paper the graph
   * has and the index not yet (just added by an update) still has its page, without them.
   */
  private Related related(Node paper) {
    try {
      return new Related(relatedPapers(paper), null);
    } catch (UnknownEntityException e) {
      return new Related(List.of(), RelatedPapers.NOT_INDEXED_YET);
    }
  }

  private List<RelatedPaper> relatedPapers(Node paper) {
    return relatedPapers.of(paper.getURI(), RELATED).results().stream()
        .map(r -> relatedPaper(r, store.select("related-paper", Map.of("paper", iri(r)))))
        .toList();
  }

  /**
   * The index gives the title and why; the graph the date (the index keeps only the year) and the
   * arXiv id that names a paper without a title.
   */
  private RelatedPaper relatedPaper(org.pwckg.search.related.RelatedPaper r, List<Row> fromGraph) {
    Row g = fromGraph.isEmpty() ? null : fromGraph.getFirst();
    return new RelatedPaper(
        ids.id(r.iri(), "paper"),
        PaperNames.of(r.title(), g == null ? null : g.text("arxivId")),
        g == null ? null : g.text("date"),
        shared(r, "task"),
        shared(r, "dataset"),
        shared(r, "method"),
        r.score(),
        r.similarity(),
        r.why());
  }

  private static Node iri(org.pwckg.search.related.RelatedPaper r) {
    return NodeFactory.createURI(r.iri());
  }

  private static long shared(org.pwckg.search.related.RelatedPaper r, String kind) {
    return r.signals().stream().filter(s -> s.kind().equals(kind)).count();
  }

  private static String label(Row r, String labelVar, String iriVar) {
    return r.text(labelVar) != null ? r.text(labelVar) : r.iri(iriVar);
  }
}
