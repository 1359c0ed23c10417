package org.pwckg.server.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.server.api.Views.Area;
import org.pwckg.server.api.Views.DatasetPage;
import org.pwckg.server.api.Views.DatasetSummary;
import org.pwckg.server.api.Views.Leaderboard;
import org.pwckg.server.api.Views.MethodPage;
import org.pwckg.server.api.Views.Paged;
import org.pwckg.server.api.Views.Ref;
import org.pwckg.server.api.Views.RepositoryPage;
import org.pwckg.server.api.Views.RepositoryPaper;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/** Datasets, methods, research areas and code repositories. */
public final class CatalogService {
  private final Store store;
  private final Ids ids;
  private final TaskService tasks;
  private final PaperSearch listing;

  public CatalogService(Store store, Ids ids, TaskService tasks, PaperSearch listing) {
    this.store = store;
    this.ids = ids;
    this.tasks = tasks;
    this.listing = listing;
  }

  public Paged<DatasetSummary> datasets(Optional<String> q, Paging paging) {
    return listing("datasets", "dataset", q, paging);
  }

  public Paged<DatasetSummary> methods(Optional<String> q, Paging paging) {
    return listing("methods", "method", q, paging);
  }

  /**
   * How many entities of {@code type} the graph has: a range of the type index, where a listing's
   * count reads every entity's labels too (the home page shows three such counts).
   */
  public long count(Node type) {
    return store.count("entities-of-type", Map.of("type", type));
  }

  private Paged<DatasetSummary> listing(
      String query, String kind, Optional<String> q, Paging paging) {
    Map<String, Node> p = new HashMap<>();
    q.ifPresent(text -> p.put("q", NodeFactory.createLiteralString(text.toLowerCase(Locale.ROOT))));
    return store.read(
        () -> {
          long count = store.count(query, p);
          List<DatasetSummary> results =
              store.select(store.query(query).page(paging.size(), paging.offset()), p).stream()
                  .map(
                      r ->
                          new DatasetSummary(
                              ids.id(r.iri(kind), kind), r.text("name"), r.text("fullName")))
                  .toList();
          return paging.answer(count, results);
        });
  }

  public DatasetPage dataset(String id) {
    return Entity.read(
        store,
        ids,
        "dataset",
        id,
        e -> {
          Node dataset = e.iri();
          Map<String, Node> p = e.params();
          Row r = e.row();
          List<Row> links = store.select("dataset-links", p);
          List<Ref> parents = refs(links, "parent", "dataset");
          List<Leaderboard> leaderboards = new ArrayList<>(tasks.leaderboards(p));
          // A dataset known by its parts (CoNLL-2014 Shared Task) shows the parts' leaderboards.
          links.stream()
              .filter(l -> "part".equals(l.text("kind")))
              .map(l -> l.node("entity"))
              .distinct()
              .forEach(part -> leaderboards.addAll(tasks.leaderboards(Map.of("dataset", part))));
          return new DatasetPage(
              id,
              dataset.getURI(),
              r.text("label"),
              r.text("fullName"),
              r.text("description"),
              r.iri("homepage"),
              r.text("issued"),
              ids.ref(r.iri("paper"), "paper", r.text("paperTitle")),
              refs(links, "task", "task"),
              values(links, "variant"),
              values(links, "modality"),
              values(links, "language"),
              links.stream()
                  .filter(l -> "loader".equals(l.text("kind")))
                  .map(l -> l.iri("entity"))
                  .toList(),
              parents.isEmpty() ? null : parents.getFirst(),
              refs(links, "part", "dataset"),
              leaderboards);
        });
  }

  public MethodPage method(String id) {
    return Entity.read(
        store,
        ids,
        "method",
        id,
        e -> {
          Node method = e.iri();
          Map<String, Node> p = e.params();
          Row r = e.row();
          List<Row> collections = store.select("method-collections", p);
          List<Ref> areas =
              collections.stream()
                  .filter(c -> c.iri("area") != null)
                  .map(c -> ids.ref(c.iri("area"), "area", c.text("areaLabel")))
                  .distinct()
                  .toList();
          long papers = listing.count(PaperSearch.Filter.none().withMethod(id));
          return new MethodPage(
              id,
              method.getURI(),
              r.text("label"),
              r.text("fullName"),
              r.text("description"),
              r.text("year"),
              ids.ref(r.iri("paper"), "paper", r.text("paperTitle")),
              r.iri("source"),
              r.iri("codeSnippet"),
              collections.stream()
                  .map(c -> ids.ref(c.iri("collection"), "method-collection", c.text("label")))
                  .distinct()
                  .toList(),
              areas,
              papers);
        });
  }

  public List<Area> areas() {
    return store.select("areas", Map.of()).stream()
        .map(r -> new Area(ids.id(r.iri("area"), "area"), r.text("label"), r.count("tasks")))
        .toList();
  }

  public RepositoryPage repository(String owner, String name) {
    Node repo = ids.githubRepository(owner, name);
    Map<String, Node> p = Map.of("repo", repo);
    return store.read(
        () -> {
          Row r = store.first("repository", p, "No repository github.com/" + owner + "/" + name);
          List<RepositoryPaper> papers =
              store.select("repository-papers", p).stream()
                  .map(
                      x ->
                          new RepositoryPaper(
                              ids.id(x.iri("paper"), "paper"),
                              x.text("title"),
                              x.bool("official"),
                              x.text("framework")))
                  .toList();
          String url =
              r.iri("url") != null ? r.iri("url") : "https://github.com/" + owner + "/" + name;
          return new RepositoryPage(url, owner, name, repo.getURI(), papers);
        });
  }

  private List<Ref> refs(List<Row> links, String kind, String idKind) {
    return links.stream()
        .filter(l -> kind.equals(l.text("kind")))
        .map(l -> ids.ref(l.iri("entity"), idKind, l.text("label")))
        .distinct()
        .toList();
  }

  private static List<String> values(List<Row> links, String kind) {
    return links.stream()
        .filter(l -> kind.equals(l.text("kind")))
        .map(l -> l.text("value"))
        .distinct()
        .toList();
  }
}
