package org.pwckg.server.api;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.pwckg.ontology.Vocab;
import org.pwckg.server.api.Views.Leaderboard;
import org.pwckg.server.api.Views.Ref;
import org.pwckg.server.api.Views.TaskPage;
import org.pwckg.server.api.Views.TaskTree;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.AnswerCache;
import org.pwckg.server.store.GraphSummary;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/** Tasks: the tree of areas, tasks and subtasks, and one task's page. */
public final class TaskService implements AutoCloseable {
  private final Store store;
  private final Ids ids;
  private final PaperSearch search;
  private final AnswerCache answers;
  private final GraphSummary<List<Leaderboard>> everyLeaderboard;
  private final GraphSummary<TaskTree> taskTree;

  public TaskService(Store store, Ids ids, PaperSearch search, AnswerCache answers) {
    this.store = store;
    this.ids = ids;
    this.search = search;
    this.answers = answers;
    this.everyLeaderboard =
        new GraphSummary<>(
            "every-leaderboard", () -> leaderboards(store.selectUnbounded("tables")));
    this.taskTree = new GraphSummary<>("task-tree", this::computeTree);
  }

  /**
   * The tree of every task: a walk over all tasks with their parents and areas (~90 ms at archive
   * scale, most of it the query's per-task OPTIONAL lookups), so it is a {@link GraphSummary},
   * built once after each change of the graph rather than per request.
   */
  public TaskTree tree() {
    return taskTree.get();
  }

  private TaskTree computeTree() {
    TaskTreeBuilder builder = new TaskTreeBuilder();
    store.selectUnbounded("tasks").forEach(builder::add);
    return builder.build(ids);
  }

  public TaskPage page(String id) {
    return answers.get("task", id, () -> computePage(id));
  }

  private TaskPage computePage(String id) {
    return Entity.read(
        store,
        ids,
        "task",
        id,
        e -> {
          Node task = e.iri();
          Map<String, Node> p = e.params();
          Row r = e.row();
          List<Row> links = store.select("task-links", p);
          List<String> synonyms =
              links.stream()
                  .filter(l -> "synonym".equals(l.text("kind")))
                  .map(l -> l.text("label"))
                  .toList();
          return new TaskPage(
              id,
              task.getURI(),
              r.text("label"),
              r.text("description"),
              r.iri("source"),
              refs(links, "area", "area"),
              refs(links, "parent", "task"),
              refs(links, "subtask", "task"),
              synonyms,
              leaderboards(Map.of("task", task)),
              search.count(PaperSearch.Filter.none().withTask(id)));
        });
  }

  /**
   * Every leaderboard of the archive, ordered by task and dataset (the website's "All SotA" and
   * home page): a walk over every result, so it is a {@link GraphSummary}, recomputed after each
   * change of the graph rather than per request.
   */
  public List<Leaderboard> allLeaderboards() {
    return everyLeaderboard.get();
  }

  /** Starts listing every leaderboard and building the task tree in the background. */
  public void warmUp() {
    everyLeaderboard.warmUp();
    taskTree.warmUp();
  }

  /** The data changed: the list of every leaderboard and the task tree are built again. */
  public void invalidate() {
    everyLeaderboard.invalidate();
    taskTree.invalidate();
  }

  /**
   * Waits for the summaries in progress (their read transactions must end before the store closes).
   */
  @Override
  public void close() {
    everyLeaderboard.close();
    taskTree.close();
  }

  public void requireTask(String id) {
    if (!store.ask("entity-has-type", Map.of("entity", ids.iri("task", id), "type", Vocab.TASK))) {
      throw ApiException.notFound("No task with id '" + id + "'");
    }
  }

  /** The evaluation tables on a task or a dataset ({@code tables.rq} bound by {@code params}). */
  List<Leaderboard> leaderboards(Map<String, Node> params) {
    return leaderboards(store.select("tables", params));
  }

  private List<Leaderboard> leaderboards(List<Row> tables) {
    return tables.stream()
        .map(
            t ->
                new Leaderboard(
                    ids.ref(t.iri("task"), "task", t.text("taskLabel")),
                    ids.ref(t.iri("dataset"), "dataset", t.text("datasetLabel")),
                    t.text("primaryLabel"),
                    t.count("rows"),
                    ids.leaderboardPath(t.iri("table"))))
        .toList();
  }

  private List<Ref> refs(List<Row> links, String kind, String idKind) {
    return links.stream()
        .filter(l -> kind.equals(l.text("kind")))
        .map(l -> ids.ref(l.iri("entity"), idKind, l.text("label")))
        .distinct()
        .toList();
  }
}
