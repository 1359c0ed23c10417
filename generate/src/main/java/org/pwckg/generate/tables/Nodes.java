package org.pwckg.generate.tables;

import java.util.List;

/**
 * One generated task tree of evaluation-tables.json, before it is written. Keys list the record's
 * fields in file order (the layouts of the real records); indices point into the world's
 * catalogues.
 */
final class Nodes {
  private Nodes() {}

  record Task(
      List<String> keys,
      int task,
      String description,
      List<String> categories,
      List<String> sourceLink,
      List<Integer> synonyms,
      List<Dataset> datasets,
      List<Task> subtasks) {}

  /** A dataset (catalogue index, or -1) or a subdataset; {@code metrics} null without "sota". */
  record Dataset(
      List<String> keys,
      int dataset,
      String name,
      String description,
      List<String[]> links,
      List<String[]> citations,
      List<String> metrics,
      List<Row> rows,
      List<Dataset> subdatasets) {}

  /**
   * A leaderboard row citing paper {@code paper} in the way {@code urlKind} and {@code titleKind}
   * say; {@code codeLinks} holds (title, "repo" or "empty") pairs.
   */
  record Row(
      List<String> keys,
      String modelName,
      List<String[]> metrics,
      int paper,
      String urlKind,
      String titleKind,
      String externalUrl,
      String fallbackRepo,
      boolean dateNull,
      List<String[]> codeLinks,
      boolean additionalData) {

    /** Whether the row names its paper by arXiv or PWC URL, or by exact title. */
    boolean identifiesPaper() {
      return urlKind.startsWith("arxiv") || urlKind.equals("pwc") || titleKind.equals("title");
    }
  }
}
