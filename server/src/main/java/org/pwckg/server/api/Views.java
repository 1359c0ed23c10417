package org.pwckg.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the API (written in snake_case). Field names follow the old paperswithcode.com
 * API where it had one.
 */
public final class Views {
  private Views() {}

  /** A link to another resource of the API: its id and display name. */
  public record Ref(String id, String name) {}

  public record Paged<T>(long count, String next, String previous, List<T> results) {}

  public record Repository(
      String url, String owner, String name, String framework, Boolean isOfficial) {}

  public record PaperSummary(
      String id,
      String iri,
      String arxivId,
      String title,
      @JsonProperty("abstract") String abstractText,
      String published,
      String urlAbs,
      String urlPdf,
      List<String> authors,
      String proceeding,
      String conference) {}

  public record PaperLinks(
      @JsonProperty("abstract") String abstractUrl,
      String pdf,
      String pwc,
      List<Repository> officialCode,
      List<Repository> otherCode) {}

  public record PaperResult(
      Ref task,
      Ref dataset,
      String metric,
      Double value,
      String rawValue,
      String model,
      String leaderboard) {}

  /**
   * A related paper (see /papers/{id}/related for every signal): score 0–1, text similarity, why in
   * words.
   */
  public record RelatedPaper(
      String id,
      String title,
      String published,
      long sharedTasks,
      long sharedDatasets,
      long sharedMethods,
      double score,
      Double similarity,
      String why) {}

  public record PaperPage(
      String id,
      String iri,
      String arxivId,
      String nipsId,
      String title,
      @JsonProperty("abstract") String abstractText,
      List<String> authors,
      String published,
      String proceeding,
      String conference,
      PaperLinks links,
      List<Repository> repositories,
      List<Ref> tasks,
      List<Ref> methods,
      List<Ref> datasets,
      List<PaperResult> results,
      List<RelatedPaper> related,
      String relatedNote) {}

  public record TaskNode(String id, String name, List<TaskNode> subtasks) {}

  public record AreaTasks(String id, String name, List<TaskNode> tasks) {}

  public record TaskTree(long count, List<AreaTasks> areas) {}

  public record Leaderboard(Ref task, Ref dataset, String primaryMetric, long rows, String url) {}

  public record TaskPage(
      String id,
      String iri,
      String name,
      String description,
      String source,
      List<Ref> areas,
      List<Ref> parents,
      List<Ref> subtasks,
      List<String> synonyms,
      List<Leaderboard> leaderboards,
      long paperCount) {}

  public record DatasetSummary(String id, String name, String fullName) {}

  public record DatasetPage(
      String id,
      String iri,
      String name,
      String fullName,
      String description,
      String homepage,
      String introducedDate,
      Ref introducedIn,
      List<Ref> tasks,
      List<String> variants,
      List<String> modalities,
      List<String> languages,
      List<String> dataLoaders,
      Ref partOf,
      List<Ref> parts,
      List<Leaderboard> leaderboards) {}

  public record MethodPage(
      String id,
      String iri,
      String name,
      String fullName,
      String description,
      String introducedYear,
      Ref paper,
      String source,
      String codeSnippet,
      List<Ref> collections,
      List<Ref> areas,
      long paperCount) {}

  public record Area(String id, String name, long tasks) {}

  public record RepositoryPage(
      String url, String owner, String name, String iri, List<RepositoryPaper> papers) {}

  public record RepositoryPaper(String id, String title, Boolean isOfficial, String framework) {}

  public record Metric(String id, String name, String direction, boolean primary) {}

  public record Cell(Double value, String rawValue) {}

  public record SotaRow(
      Integer rank,
      String model,
      Double value,
      String rawValue,
      Ref paper,
      String date,
      Boolean usesExtraTrainingData,
      List<String> codeLinks,
      Map<String, Cell> metrics) {}

  public record SotaTable(
      Ref task,
      Ref dataset,
      Metric metric,
      List<Metric> metrics,
      String asOf,
      boolean includeExtraData,
      int ranked,
      List<SotaRow> rows) {}

  public record HistoryPoint(String date, Double value, String rawValue, String model, Ref paper) {}

  public record SotaHistory(
      Ref task, Ref dataset, Metric metric, boolean includeExtraData, List<HistoryPoint> records) {}
}
