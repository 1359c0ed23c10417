package org.pwckg.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.pwckg.ontology.Vocab;
import org.pwckg.server.api.Leaderboard.Entry;
import org.pwckg.server.api.Views.Cell;
import org.pwckg.server.api.Views.HistoryPoint;
import org.pwckg.server.api.Views.Metric;
import org.pwckg.server.api.Views.Ref;
import org.pwckg.server.api.Views.SotaHistory;
import org.pwckg.server.api.Views.SotaRow;
import org.pwckg.server.api.Views.SotaTable;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.AnswerCache;
import org.pwckg.server.store.Row;
import org.pwckg.server.store.Store;

/** Leaderboards as data: an evaluation table read from the graph, ranked by {@link Leaderboard}. */
public final class SotaService {
  private final Store store;
  private final Ids ids;
  private final AnswerCache answers;

  public SotaService(Store store, Ids ids, AnswerCache answers) {
    this.store = store;
    this.ids = ids;
    this.answers = answers;
  }

  /** What a leaderboard request asks for. */
  public record Request(
      String task,
      String dataset,
      Optional<String> metric,
      Optional<LocalDate> asOf,
      boolean includeExtraData) {}

  private record Table(
      Ref task,
      Ref dataset,
      List<Metric> metrics,
      Map<String, String> metricIris,
      List<Entry> entries) {}

  public SotaTable table(Request request) {
    return answers.get("sota", request, () -> computeTable(request));
  }

  public SotaHistory history(Request request) {
    return answers.get("sota-history", request, () -> historyOf(load(request), request));
  }

  /** A leaderboard's table and its history together, as its page shows them. */
  public record Board(SotaTable table, SotaHistory history) {}

  /**
   * The table and the history read from the graph once: the page needs both, and reading the
   * evaluation table is most of either's cost.
   */
  public Board board(Request request) {
    return answers.get(
        "sota-board",
        request,
        () -> {
          Table t = load(request);
          return new Board(tableOf(t, request), historyOf(t, request));
        });
  }

  private SotaTable computeTable(Request request) {
    return tableOf(load(request), request);
  }

  private SotaTable tableOf(Table t, Request request) {
    Metric metric = pick(t, request.metric());
    String metricIri = t.metricIris().get(metric.id());
    List<SotaRow> rows =
        Leaderboard.rank(
                t.entries(),
                metricIri,
                lowerIsBetter(metric),
                request.asOf().orElse(null),
                request.includeExtraData())
            .stream()
            .map(r -> row(r.rank(), r.entry(), metricIri, t))
            .toList();
    int ranked = (int) rows.stream().filter(r -> r.rank() != null).count();
    return new SotaTable(
        t.task(),
        t.dataset(),
        metric,
        t.metrics(),
        request.asOf().map(LocalDate::toString).orElse(null),
        request.includeExtraData(),
        ranked,
        rows);
  }

  private SotaHistory historyOf(Table t, Request request) {
    Metric metric = pick(t, request.metric());
    String metricIri = t.metricIris().get(metric.id());
    List<HistoryPoint> points =
        Leaderboard.history(
                t.entries(), metricIri, lowerIsBetter(metric), request.includeExtraData())
            .stream()
            .map(
                e ->
                    new HistoryPoint(
                        e.date().toString(),
                        e.value(metricIri),
                        e.cells().get(metricIri).rawValue(),
                        e.model(),
                        ids.ref(e.paper(), "paper", e.title())))
            .toList();
    return new SotaHistory(t.task(), t.dataset(), metric, request.includeExtraData(), points);
  }

  private Table load(Request request) {
    Node table = ids.leaderboard(request.task(), request.dataset());
    Map<String, Node> p = Map.of("table", table);
    return store.read(
        () -> {
          List<Row> info = store.select("table", p);
          if (info.isEmpty()) {
            throw ApiException.notFound(
                "No leaderboard for task '"
                    + request.task()
                    + "' on dataset '"
                    + request.dataset()
                    + "'");
          }
          Row i = info.getFirst();
          Map<String, String> metricIris = new LinkedHashMap<>();
          List<Metric> metrics = new ArrayList<>();
          for (Row m : store.select("table-metrics", p)) {
            Metric metric =
                new Metric(
                    ids.id(m.iri("metric"), "metric"),
                    m.text("label"),
                    direction(m.iri("direction")),
                    Boolean.TRUE.equals(m.bool("primary")));
            if (metricIris.putIfAbsent(metric.id(), m.iri("metric")) == null) metrics.add(metric);
          }
          if (metrics.isEmpty()) throw noTableOfItsOwn(i);
          return new Table(
              ids.ref(i.iri("task"), "task", i.text("taskLabel")),
              ids.ref(i.iri("dataset"), "dataset", i.text("datasetLabel")),
              metrics,
              metricIris,
              entries(p));
        });
  }

  /**
   * A dataset entry with subdatasets only (CoNLL-2014 Shared Task) has a table without metrics: the
   * 404 names its parts' leaderboards, where the results are.
   */
  private ApiException noTableOfItsOwn(Row table) {
    String dataset = table.iri("dataset");
    List<String> parts =
        store.select("tables", Map.of("task", table.node("task"))).stream()
            .filter(t -> t.iri("dataset").startsWith(dataset + "/"))
            .map(t -> ids.leaderboardPath(t.iri("table")))
            .toList();
    if (parts.isEmpty()) return ApiException.notFound("The leaderboard has no metrics");
    return ApiException.notFound(
            "'"
                + table.text("datasetLabel")
                + "' has no leaderboard of its own for '"
                + table.text("taskLabel")
                + "'; its parts have one each")
        .withHint("See " + String.join(", ", parts));
  }

  private List<Entry> entries(Map<String, Node> p) {
    Map<String, List<String>> code = new LinkedHashMap<>();
    store
        .select("table-code", p)
        .forEach(
            r -> code.computeIfAbsent(r.iri("result"), k -> new ArrayList<>()).add(r.iri("code")));
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (Row r : store.select("table-cells", p)) {
      Entry e =
          entries.computeIfAbsent(
              r.iri("result"),
              k ->
                  new Entry(
                      k,
                      r.text("model"),
                      r.iri("paper"),
                      PaperNames.of(r.text("title"), r.text("arxivId")),
                      date(r.text("date")),
                      Boolean.TRUE.equals(r.bool("extra")),
                      new LinkedHashMap<>(),
                      code.getOrDefault(k, List.of())));
      if (r.iri("metric") != null)
        e.cells().putIfAbsent(r.iri("metric"), new Cell(r.number("value"), r.text("raw")));
    }
    return List.copyOf(entries.values());
  }

  /** The metric asked for (by id or name), else the table's first metric. */
  private static Metric pick(Table t, Optional<String> wanted) {
    if (t.metrics().isEmpty()) throw ApiException.notFound("The leaderboard has no metrics");
    if (wanted.isEmpty())
      return t.metrics().stream()
          .filter(Metric::primary)
          .findFirst()
          .orElse(t.metrics().getFirst());
    String w = wanted.get().toLowerCase(Locale.ROOT);
    return t.metrics().stream()
        .filter(
            m ->
                w.equals(m.id())
                    || (m.name() != null && w.equals(m.name().toLowerCase(Locale.ROOT))))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.badRequest(
                    "Unknown metric '"
                        + wanted.get()
                        + "'; this leaderboard has: "
                        + t.metrics().stream().map(m -> m.id() + " (" + m.name() + ")").toList()));
  }

  private SotaRow row(Integer rank, Entry e, String metricIri, Table t) {
    Map<String, Cell> byName = new LinkedHashMap<>();
    for (Metric m : t.metrics()) {
      Cell c = e.cells().get(t.metricIris().get(m.id()));
      if (c != null) byName.put(m.name() != null ? m.name() : m.id(), c);
    }
    Cell chosen = e.cells().get(metricIri);
    return new SotaRow(
        rank,
        e.model(),
        chosen == null ? null : chosen.value(),
        chosen == null ? null : chosen.rawValue(),
        ids.ref(e.paper(), "paper", e.title()),
        e.date() == null ? null : e.date().toString(),
        e.extraData(),
        e.codeLinks(),
        byName);
  }

  private static String direction(String iri) {
    if (Vocab.LOWER_IS_BETTER.getURI().equals(iri)) return "lower_is_better";
    return "higher_is_better";
  }

  private static boolean lowerIsBetter(Metric m) {
    return "lower_is_better".equals(m.direction());
  }

  private static LocalDate date(String text) {
    if (text == null) return null;
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
