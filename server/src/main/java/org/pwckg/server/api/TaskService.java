package org.pwckg.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.pwckg.ontology.Vocab;
import org.pwckg.server.api.Views.AreaTasks;
import org.pwckg.server.api.Views.Leaderboard;
import org.pwckg.server.api.Views.Ref;
import org.pwckg.server.api.Views.TaskNode;
import org.pwckg.server.api.Views.TaskPage;
import org.pwckg.server.api.Views.TaskTree;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/** Tasks: the tree of areas, tasks and subtasks, and one task's page. */
public final class TaskService {
  /** Top-level tasks without a research area are listed under this pseudo-area. */
  static final String NO_AREA = "Other";
  private final Store store;
  private final Ids ids;
  private final PaperSearch search;

  public TaskService(Store store, Ids ids, PaperSearch search) {
    this.store = store;
    this.ids = ids;
    this.search = search;
  }

  public TaskTree tree() {
    Map<String, String> names = new TreeMap<>();
    Map<String, List<String>> children = new LinkedHashMap<>();
    Map<String, Set<String>> areasOf = new LinkedHashMap<>();
    Map<String, String> areaNames = new TreeMap<>();
    Set<String> hasParent = new HashSet<>();
    for (Row r : store.select("tasks", Map.of())) {
      String task = r.iri("task");
      names.putIfAbsent(task, r.text("label"));
      if (r.iri("parent") != null && !r.iri("parent").equals(task)) {
        hasParent.add(task);
        List<String> siblings = children.computeIfAbsent(r.iri("parent"), k -> new ArrayList<>());
        if (!siblings.contains(task)) siblings.add(task);
      }
      if (r.iri("area") != null) {
        areasOf.computeIfAbsent(task, k -> new java.util.TreeSet<>()).add(r.iri("area"));
        areaNames.putIfAbsent(r.iri("area"), r.text("areaLabel"));
      }
    }
    Map<String, List<TaskNode>> byArea = new LinkedHashMap<>();
    names.keySet().stream().filter(t -> !hasParent.contains(t)).sorted(byName(names)).forEach(top -> {
      TaskNode node = node(top, names, children, new HashSet<>());
      for (String area : areasOf.getOrDefault(top, Set.of(""))) byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(node);
    });
    List<AreaTasks> areas = new ArrayList<>();
    areaNames.forEach((iri, name) -> {
      if (byArea.containsKey(iri)) areas.add(new AreaTasks(ids.id(iri, "area"), name, byArea.get(iri)));
    });
    areas.sort(Comparator.comparing(a -> a.name() == null ? "" : a.name().toLowerCase()));
    if (byArea.containsKey("")) areas.add(new AreaTasks(null, NO_AREA, byArea.get("")));
    return new TaskTree(names.size(), areas);
  }

  private TaskNode node(String task, Map<String, String> names, Map<String, List<String>> children, Set<String> path) {
    path.add(task);
    List<TaskNode> subtasks = children.getOrDefault(task, List.of()).stream()
        .filter(c -> !path.contains(c))
        .sorted(byName(names))
        .map(c -> node(c, names, children, path))
        .toList();
    path.remove(task);
    return new TaskNode(ids.id(task, "task"), names.get(task), subtasks);
  }

  private static Comparator<String> byName(Map<String, String> names) {
    return Comparator.comparing((String t) -> String.valueOf(names.get(t)).toLowerCase()).thenComparing(t -> t);
  }

  public TaskPage page(String id) {
    Node task = ids.iri("task", id);
    Map<String, Node> p = Map.of("task", task);
    return store.read(() -> {
      List<Row> own = store.select("task", p);
      if (own.isEmpty()) throw ApiException.notFound("No task with id '" + id + "'");
      Row r = own.getFirst();
      List<Row> links = store.select("task-links", p);
      List<String> synonyms = links.stream().filter(l -> "synonym".equals(l.text("kind"))).map(l -> l.text("label")).toList();
      return new TaskPage(id, task.getURI(), r.text("label"), r.text("description"), r.iri("source"),
          refs(links, "area", "area"), refs(links, "parent", "task"), refs(links, "subtask", "task"), synonyms,
          leaderboards(Map.of("task", task)), search.count(PaperSearch.Filter.none().withTask(id)));
    });
  }

  public void requireTask(String id) {
    if (!store.ask("entity-has-type", Map.of("entity", ids.iri("task", id), "type", Vocab.TASK))) {
      throw ApiException.notFound("No task with id '" + id + "'");
    }
  }

  /** The evaluation tables on a task or a dataset ({@code tables.rq} bound by {@code params}). */
  List<Leaderboard> leaderboards(Map<String, Node> params) {
    return store.select("tables", params).stream().map(t -> new Leaderboard(
            ids.ref(t.iri("task"), "task", t.text("taskLabel")),
            ids.ref(t.iri("dataset"), "dataset", t.text("datasetLabel")),
            t.text("primaryLabel"), t.count("rows"), ids.leaderboardPath(t.iri("table"))))
        .toList();
  }

  private List<Ref> refs(List<Row> links, String kind, String idKind) {
    return links.stream().filter(l -> kind.equals(l.text("kind")))
        .map(l -> ids.ref(l.iri("entity"), idKind, l.text("label"))).distinct().toList();
  }
}
