package org.pwckg.server.web;

import java.util.List;
import org.pwckg.server.api.Views;
import org.pwckg.server.figures.FigureViews;
import org.pwckg.server.search.SearchViews;

/** The models of the website's pages: what the services answered, arranged for one template. */
public final class Pages {
  private Pages() {}

  public record Count(String label, long count, String href) {}

  public record Home(
      List<Count> counts,
      List<Views.Leaderboard> notable,
      List<Views.PaperSummary> latest,
      List<Views.Area> areas) {}

  public record Paper(Views.PaperPage paper, List<FigureViews.Figure> figures) {}

  /** A leaderboard of a task or dataset with its current best entry (null when none is ranked). */
  public record Benchmark(Views.Leaderboard board, Views.SotaRow best) {}

  public record Task(
      Views.TaskPage task, List<Benchmark> benchmarks, Views.Paged<Views.PaperSummary> papers) {}

  /** The task tree; each area shows at most {@code perArea} top-level tasks. */
  public record Tasks(Views.TaskTree tree, int perArea) {}

  public record Dataset(
      Views.DatasetPage dataset,
      List<Benchmark> benchmarks,
      Views.Paged<Views.PaperSummary> papers) {}

  public record Method(Views.MethodPage method, Views.Paged<Views.PaperSummary> papers) {}

  /**
   * A leaderboard page: the table, the controls' current values, the chart and its downloads.
   *
   * @param path the leaderboard's path ({@code /evaluation/{task}/{dataset}})
   */
  public record Leaderboard(
      Views.SotaTable table,
      Views.Paged<Views.SotaRow> rows,
      String path,
      String metric,
      String asOf,
      boolean includeExtraData,
      String chartSvg,
      int points,
      int records,
      String query) {}

  public record AllSota(
      Views.Paged<Views.Leaderboard> boards,
      List<Views.Area> areas,
      String area,
      String task,
      String taskName) {}

  /** A paged list of papers, datasets or methods with the filter values it was asked with. */
  public record Listing<T>(
      String kind, String heading, Views.Paged<T> paged, java.util.Map<String, String> filters) {}

  public record Search(
      String q,
      String mode,
      String type,
      SearchViews.SearchPage results,
      FigureViews.Answer figures,
      java.util.Map<String, String> filters) {}

  public record IngestRun(String kind, String file, String sha256, long written, String ended) {}

  public record About(
      List<IngestRun> runs, List<String> dumps, String dataBase, String sparql, String api) {}

  public record Error(int status, String message) {}

  /** A page of the linked-data fallback: an entity without a page of its own, as a table. */
  public record Generic(String body) {}
}
