package org.pwckg.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pwckg.ontology.Vocab;
import org.pwckg.server.api.CatalogService;
import org.pwckg.server.api.Paging;
import org.pwckg.server.api.PaperSearch;
import org.pwckg.server.api.PaperService;
import org.pwckg.server.api.Params;
import org.pwckg.server.api.SotaService;
import org.pwckg.server.api.TaskService;
import org.pwckg.server.api.Views;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.figures.FigureService;
import org.pwckg.server.http.PublicUrls;
import org.pwckg.server.ld.Dumps;
import org.pwckg.server.ld.SitePages;
import org.pwckg.server.search.SearchRoutes;
import org.pwckg.server.store.Store;

/**
 * The website: server-rendered pages over the same services as the JSON API. Entity pages are
 * reached through the linked-data routes (an entity IRI asked for as HTML), the rest here.
 */
public final class WebRoutes implements SitePages {
  /** Papers per page on entity pages and the home page. */
  static final int PAPERS = 10;

  /**
   * Leaderboards a task or dataset page shows (the most contested first, each with its best entry);
   * the rest are on "All SotA", filtered by the task. Keeps the page under its weight budget.
   */
  static final int BENCHMARKS = 50;

  /** Top-level tasks per area on /tasks; an area's own tree (?area=) shows them all. */
  static final int TASKS_PER_AREA = 25;

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final Site site;
  private final PublicUrls urls;
  private final PaperService papers;
  private final PaperSearch listing;
  private final TaskService tasks;
  private final CatalogService catalog;
  private final SotaService sota;
  private final SearchRoutes search;
  private final FigureService figures;
  private final Store store;
  private final Dumps dumps;

  public WebRoutes(
      PublicUrls urls,
      PaperService papers,
      PaperSearch listing,
      TaskService tasks,
      CatalogService catalog,
      SotaService sota,
      SearchRoutes search,
      FigureService figures,
      Store store,
      Dumps dumps) {
    this.site = new Site(urls);
    this.urls = urls;
    this.papers = papers;
    this.listing = listing;
    this.tasks = tasks;
    this.catalog = catalog;
    this.sota = sota;
    this.search = search;
    this.figures = figures;
    this.store = store;
    this.dumps = dumps;
  }

  // ---------------------------------------------------------------- pages of their own

  /** GET / */
  public void home(Context ctx) {
    List<Views.Leaderboard> boards = tasks.allLeaderboards();
    List<Pages.Count> counts =
        List.of(
            new Pages.Count("papers", listing.count(PaperSearch.Filter.none()), "/papers"),
            new Pages.Count("tasks", catalog.count(Vocab.TASK), "/tasks"),
            new Pages.Count("datasets", catalog.count(Vocab.DATASET), "/datasets"),
            new Pages.Count("methods", catalog.count(Vocab.METHOD), "/methods"),
            new Pages.Count("leaderboards", boards.size(), "/sota"),
            new Pages.Count(
                "results", boards.stream().mapToLong(Views.Leaderboard::rows).sum(), "/sota"));
    List<Views.Leaderboard> notable =
        boards.stream()
            .sorted(Comparator.comparingLong(Views.Leaderboard::rows).reversed())
            .limit(10)
            .toList();
    // Dated papers only: any year from 1 on leaves out the undated ones, which have no place in
    // "latest" (the listing puts them after the dated ones, and a small archive reaches them).
    PaperSearch.Filter withCode =
        new PaperSearch.Filter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(true),
            Optional.of(1),
            Optional.empty());
    List<Views.PaperSummary> latest =
        listing
            .search(withCode, new Paging(1, PAPERS, urls.url(ctx, "/papers"), Map.of()))
            .results();
    site.render(
        ctx,
        "home.jte",
        site.meta(
            ctx,
            "Papers With Code 2 – machine learning papers, code and leaderboards",
            "The Papers With Code archive as a browsable site: "
                + counts.getFirst().count()
                + " papers, their code, tasks, datasets, methods and state-of-the-art leaderboards.",
            "/"),
        new Pages.Home(counts, notable, latest, catalog.areas()));
  }

  /** GET /tasks[?area=] */
  public void taskTree(Context ctx) {
    Views.TaskTree tree = tasks.tree();
    Optional<String> area = Params.text(ctx, "area");
    if (area.isPresent()) {
      List<Views.AreaTasks> one =
          tree.areas().stream().filter(a -> area.get().equals(a.id())).toList();
      if (one.isEmpty()) throw ApiException.notFound("No research area '" + area.get() + "'");
      tree = new Views.TaskTree(tree.count(), one);
    }
    site.render(
        ctx,
        "tasks.jte",
        site.meta(
            ctx,
            "Tasks – Papers With Code 2",
            tree.count() + " machine learning tasks by research area, with their subtasks.",
            "/tasks"),
        new Pages.Tasks(tree, area.isPresent() ? Integer.MAX_VALUE : TASKS_PER_AREA));
  }

  /** GET /sota?area=&task= */
  public void allSota(Context ctx) {
    Optional<String> area = Params.text(ctx, "area");
    Optional<String> task = Params.text(ctx, "task");
    List<Views.Leaderboard> boards = tasks.allLeaderboards();
    String taskName = null;
    if (area.isPresent()) {
      Set<String> inArea = tasksOfArea(area.get());
      boards = boards.stream().filter(b -> inArea.contains(b.task().id())).toList();
    }
    if (task.isPresent()) {
      String t = task.get();
      boards = boards.stream().filter(b -> b.task().id().equals(t)).toList();
      taskName = boards.isEmpty() ? t : boards.getFirst().task().name();
    }
    Paging paging = Paging.of(ctx, urls);
    int from = (int) Math.min(paging.offset(), boards.size());
    int to = Math.min(from + paging.size(), boards.size());
    site.render(
        ctx,
        "sota.jte",
        site.meta(
            ctx,
            "State of the art – Papers With Code 2",
            "Every leaderboard of the archive: " + boards.size() + " task and dataset pairs.",
            "/sota"),
        new Pages.AllSota(
            paging.answer(boards.size(), boards.subList(from, to)),
            catalog.areas(),
            area.orElse(null),
            task.orElse(null),
            taskName));
  }

  /** GET /papers?q=&task=&has_code=&year_from=&year_to= */
  public void paperList(Context ctx) {
    PaperSearch.Filter filter = PaperSearch.Filter.of(ctx);
    Views.Paged<Views.PaperSummary> paged = listing.search(filter, Paging.of(ctx, urls));
    site.render(
        ctx,
        "papers.jte",
        site.meta(
            ctx,
            "Papers – Papers With Code 2",
            paged.count() + " papers, newest first, filtered by text, task, code and year.",
            "/papers"),
        new Pages.Listing<>("papers", "Papers", paged, filters(ctx)));
  }

  /** GET /datasets?q= */
  public void datasetList(Context ctx) {
    Views.Paged<Views.DatasetSummary> paged =
        catalog.datasets(Params.text(ctx, "q"), Paging.of(ctx, urls));
    site.render(
        ctx,
        "catalog.jte",
        site.meta(
            ctx,
            "Datasets – Papers With Code 2",
            paged.count() + " machine learning datasets with their leaderboards.",
            "/datasets"),
        new Pages.Listing<>("dataset", "Datasets", paged, filters(ctx)));
  }

  /** GET /methods?q= */
  public void methodList(Context ctx) {
    Views.Paged<Views.DatasetSummary> paged =
        catalog.methods(Params.text(ctx, "q"), Paging.of(ctx, urls));
    site.render(
        ctx,
        "catalog.jte",
        site.meta(
            ctx,
            "Methods – Papers With Code 2",
            paged.count() + " machine learning methods and the papers that use them.",
            "/methods"),
        new Pages.Listing<>("method", "Methods", paged, filters(ctx)));
  }

  /** GET /search?q=&mode=&type=&task=&year_from=&year_to=&has_code= (type=figure: captions) */
  public void searchPage(Context ctx) {
    String q = Params.text(ctx, "q").orElse("");
    String type = Params.text(ctx, "type").orElse("paper");
    String mode = Params.text(ctx, "mode").orElse("hybrid");
    Pages.Search page =
        type.equals("figure")
            ? new Pages.Search(
                q, mode, type, null, q.isEmpty() ? null : figures.byText(q, 24), filters(ctx))
            : new Pages.Search(q, mode, type, search.page(ctx), null, filters(ctx));
    site.render(
        ctx,
        "search.jte",
        site.meta(
            ctx,
            (q.isEmpty() ? "Search" : q + " – search") + " – Papers With Code 2",
            "Search papers, tasks, datasets, methods and figures by keyword or meaning.",
            "/search"),
        page);
  }

  /** GET /about */
  public void about(Context ctx) {
    List<Pages.IngestRun> runs =
        store.selectUnbounded("ingest-runs").stream()
            .map(
                r ->
                    new Pages.IngestRun(
                        r.text("kind"),
                        r.text("file"),
                        r.text("sha256"),
                        r.has("written") ? r.count("written") : 0,
                        r.text("ended")))
            .toList();
    site.render(
        ctx,
        "about.jte",
        site.meta(
            ctx,
            "About – Papers With Code 2",
            "Where the data comes from, its licence, and how to query it: SPARQL, the JSON API,"
                + " the dumps.",
            "/about"),
        new Pages.About(
            runs,
            dumps.names(),
            urls.dataBase(),
            urls.url(ctx, "/sparql"),
            urls.url(ctx, "/api/v1/docs")));
  }

  /** GET /submit */
  public void submit(Context ctx) {
    site.render(
        ctx,
        "submit.jte",
        site.meta(
            ctx,
            "Submit – Papers With Code 2",
            "How to add or correct papers, code and results in this archive.",
            "/submit"),
        new Pages.Generic(""));
  }

  // ---------------------------------------------------------------- entity pages

  @Override
  public boolean render(Context ctx, String path) {
    String rest = path.substring(1);
    int slash = rest.indexOf('/');
    if (slash < 0) return false;
    String kind = rest.substring(0, slash);
    String id = rest.substring(slash + 1);
    switch (kind) {
      case "paper" -> paper(ctx, id, path);
      case "task" -> task(ctx, id, path);
      case "dataset" -> dataset(ctx, id, path);
      case "method" -> method(ctx, id, path);
      case "evaluation" -> leaderboard(ctx, id, path);
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean intercept(Context ctx) {
    String path = ctx.path();
    if (!path.startsWith("/evaluation/")) return false;
    for (String format : List.of("csv", "json")) {
      String suffix = "/chart." + format;
      if (path.endsWith(suffix)) {
        String id = path.substring("/evaluation/".length(), path.length() - suffix.length());
        chart(ctx, id, format);
        return true;
      }
    }
    return false;
  }

  /**
   * An error as a page of the site, for requests from browsers outside the API; false when the
   * request wants JSON.
   */
  public boolean renderError(Context ctx, int status, String message) {
    if (!wantsPage(ctx)) return false;
    site.render(
        ctx,
        status,
        "error.jte",
        site.meta(
            ctx,
            (status == 404 ? "Not found" : "Error " + status) + " – Papers With Code 2",
            message,
            ctx.path()),
        new Pages.Error(status, message));
    return true;
  }

  /** A browser asking for a page (not the API, not a data format). */
  static boolean wantsPage(Context ctx) {
    String accept = ctx.header("Accept");
    String path = ctx.path();
    return accept != null
        && accept.contains("text/html")
        && !path.startsWith("/api/")
        && !path.startsWith("/sparql");
  }

  private void paper(Context ctx, String id, String path) {
    Views.PaperPage p = papers.page(id);
    String name = Links.paperName(p.title(), p.arxivId(), p.id());
    String description =
        Links.shorten(
            name
                + (p.authors().isEmpty() ? "" : ", by " + String.join(", ", p.authors()))
                + ". "
                + (p.abstractText() == null ? "" : p.abstractText()),
            300);
    site.render(
        ctx,
        "paper.jte",
        site.entityMeta(ctx, name + " – Papers With Code 2", description, path),
        new Pages.Paper(p, figures.ofPaper(p.iri())));
  }

  private void task(Context ctx, String id, String path) {
    Views.TaskPage t = tasks.page(id);
    Views.Paged<Views.PaperSummary> taskPapers =
        listing.search(
            PaperSearch.Filter.none().withTask(id),
            new Paging(1, PAPERS, urls.url(ctx, "/papers"), Map.of("task", List.of(id))));
    site.render(
        ctx,
        "task.jte",
        site.entityMeta(
            ctx,
            t.name() + " – Papers With Code 2",
            Links.shorten(
                t.name()
                    + ": "
                    + t.leaderboards().size()
                    + " benchmarks, "
                    + t.paperCount()
                    + " papers. "
                    + (t.description() == null ? "" : t.description()),
                300),
            path),
        new Pages.Task(t, benchmarks(t.leaderboards()), taskPapers));
  }

  private void dataset(Context ctx, String id, String path) {
    Views.DatasetPage d = catalog.dataset(id);
    PaperSearch.Filter usingIt =
        new PaperSearch.Filter(
            Optional.empty(),
            Optional.empty(),
            Optional.of(id),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    Views.Paged<Views.PaperSummary> datasetPapers =
        listing.search(
            usingIt,
            new Paging(1, PAPERS, urls.url(ctx, "/papers"), Map.of("dataset", List.of(id))));
    site.render(
        ctx,
        "dataset.jte",
        site.entityMeta(
            ctx,
            d.name() + " dataset – Papers With Code 2",
            Links.shorten(
                (d.fullName() != null ? d.fullName() : d.name())
                    + ": "
                    + d.leaderboards().size()
                    + " leaderboards. "
                    + (d.description() == null ? "" : d.description()),
                300),
            path),
        new Pages.Dataset(d, benchmarks(d.leaderboards()), datasetPapers));
  }

  private void method(Context ctx, String id, String path) {
    Views.MethodPage m = catalog.method(id);
    Views.Paged<Views.PaperSummary> methodPapers =
        listing.search(
            PaperSearch.Filter.none().withMethod(id),
            new Paging(1, PAPERS, urls.url(ctx, "/papers"), Map.of("method", List.of(id))));
    site.render(
        ctx,
        "method.jte",
        site.entityMeta(
            ctx,
            m.name() + " method – Papers With Code 2",
            Links.shorten(
                (m.fullName() != null ? m.fullName() : m.name())
                    + ". "
                    + (m.description() == null ? "" : m.description()),
                300),
            path),
        new Pages.Method(m, methodPapers));
  }

  private void leaderboard(Context ctx, String id, String path) {
    SotaService.Request request = request(ctx, id);
    SotaService.Board board = sota.board(request);
    Views.SotaTable table = board.table();
    SotaChart.Data data = SotaChart.data(table, board.history());
    Paging paging = Paging.of(ctx, urls);
    int from = (int) Math.min(paging.offset(), table.rows().size());
    int to = Math.min(from + paging.size(), table.rows().size());
    Views.Paged<Views.SotaRow> rows =
        paging.answer(table.rows().size(), table.rows().subList(from, to));
    String query = chartQuery(ctx);
    site.render(
        ctx,
        "leaderboard.jte",
        new PageMeta(
            table.task().name() + " on " + table.dataset().name() + " – Papers With Code 2",
            "State of the art of "
                + table.task().name()
                + " on "
                + table.dataset().name()
                + ": "
                + table.rows().size()
                + " results ranked by "
                + table.metric().name()
                + ", and how the record improved over time.",
            urls.url(ctx, path),
            path,
            true,
            ""),
        new Pages.Leaderboard(
            table,
            rows,
            path,
            table.metric().id(),
            table.asOf(),
            table.includeExtraData(),
            SotaChart.svg(data),
            data.points().size(),
            (int) data.points().stream().filter(SotaChart.Point::record).count(),
            query));
  }

  private void chart(Context ctx, String id, String format) {
    SotaService.Request request = request(ctx, id);
    SotaService.Board board = sota.board(request);
    SotaChart.Data data = SotaChart.data(board.table(), board.history());
    if (format.equals("csv")) {
      ctx.contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"sota-chart.csv\"")
          .result(SotaChart.csv(data));
    } else {
      try {
        ctx.contentType("application/json").result(JSON.writeValueAsString(data));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** The page's query string without its paging, for the chart downloads. */
  private static String chartQuery(Context ctx) {
    List<String> kept = new ArrayList<>();
    ctx.queryParamMap()
        .forEach(
            (k, values) -> {
              if (!k.equals("page") && !k.equals("items_per_page"))
                values.forEach(v -> kept.add(Links.encode(k) + "=" + Links.encode(v)));
            });
    return kept.isEmpty() ? "" : "?" + String.join("&", kept);
  }

  /** The leaderboard asked for by {@code id} ({@code task/dataset[/part]}) and the controls. */
  private static SotaService.Request request(Context ctx, String id) {
    int slash = id.indexOf('/');
    if (slash < 0) throw ApiException.notFound("No leaderboard '" + id + "'");
    boolean fromForm = ctx.queryParam("controls") != null;
    return new SotaService.Request(
        id.substring(0, slash),
        id.substring(slash + 1),
        Params.text(ctx, "metric"),
        Params.date(ctx, "as_of"),
        Params.bool(ctx, "include_extra_data").orElse(!fromForm));
  }

  private List<Pages.Benchmark> benchmarks(List<Views.Leaderboard> boards) {
    List<Views.Leaderboard> biggest =
        boards.stream()
            .sorted(Comparator.comparingLong(Views.Leaderboard::rows).reversed())
            .toList();
    List<Pages.Benchmark> out = new ArrayList<>();
    for (Views.Leaderboard b : biggest.subList(0, Math.min(BENCHMARKS, biggest.size())))
      out.add(new Pages.Benchmark(b, best(b)));
    return out;
  }

  private Views.SotaRow best(Views.Leaderboard b) {
    if (b.task() == null || b.dataset() == null) return null;
    try {
      Views.SotaTable t =
          sota.table(
              new SotaService.Request(
                  b.task().id(), b.dataset().id(), Optional.empty(), Optional.empty(), true));
      return t.rows().stream()
          .filter(r -> r.rank() != null && r.rank() == 1)
          .findFirst()
          .orElse(null);
    } catch (ApiException e) {
      return null; // a table without metrics has no best entry; the row still lists it
    }
  }

  private Set<String> tasksOfArea(String area) {
    Set<String> ids = new HashSet<>();
    for (Views.AreaTasks a : tasks.tree().areas()) {
      if (area.equals(a.id())) a.tasks().forEach(t -> collect(t, ids));
    }
    return ids;
  }

  private static void collect(Views.TaskNode node, Set<String> ids) {
    ids.add(node.id());
    node.subtasks().forEach(s -> collect(s, ids));
  }

  private static Map<String, String> filters(Context ctx) {
    Map<String, String> f = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> f.put(k, v.isEmpty() ? "" : v.getFirst()));
    return f;
  }
}
