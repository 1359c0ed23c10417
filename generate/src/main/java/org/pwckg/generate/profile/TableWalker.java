package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Visits the task trees of evaluation-tables records: tasks, datasets and subdatasets, rows. */
final class TableWalker {
  /** A task record has every key (sota-extractor's own scrapes) or a sparse set (NLP-progress). */
  static final String COMPLETE = "complete";

  static final String SPARSE = "sparse";

  interface Visitor {
    default void task(String family, int depth, JsonNode task) {}

    default void dataset(String family, int depth, JsonNode dataset, String task) {}

    default void row(String family, String task, JsonNode dataset, JsonNode row) {}
  }

  private TableWalker() {}

  static String family(JsonNode topLevelTask) {
    return topLevelTask.has("categories") ? COMPLETE : SPARSE;
  }

  static void walk(List<JsonNode> tasks, Visitor visitor) {
    for (JsonNode t : tasks) task(family(t), 0, t, visitor);
  }

  private static void task(String family, int depth, JsonNode t, Visitor v) {
    v.task(family, depth, t);
    String name = t.path("task").asText("");
    for (JsonNode d : t.path("datasets")) dataset(family, 0, d, name, v);
    for (JsonNode s : t.path("subtasks")) task(family, depth + 1, s, v);
  }

  private static void dataset(String family, int depth, JsonNode d, String task, Visitor v) {
    v.dataset(family, depth, d, task);
    for (JsonNode r : d.path("sota").path("rows")) v.row(family, task, d, r);
    for (JsonNode s : d.path("subdatasets")) dataset(family, depth + 1, s, task, v);
  }

  /** The keys of an object in file order, comma-joined. */
  static String layout(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) keys.add(it.next());
    return String.join(",", keys);
  }
}
