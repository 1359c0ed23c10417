package org.pwckg.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiConsumer;

/** Walks generated task trees in tests. */
final class TaskTrees {
  private TaskTrees() {}

  /** Calls {@code visit} with (task name, row) for every leaderboard row. */
  static void rows(List<JsonNode> tasks, BiConsumer<String, JsonNode> visit) {
    for (JsonNode t : tasks) task(t, visit);
  }

  /** Calls {@code visit} with (task name, dataset) for every top-level dataset of every task. */
  static void datasets(List<JsonNode> tasks, BiConsumer<String, JsonNode> visit) {
    for (JsonNode t : tasks) datasetsOf(t, visit);
  }

  private static void datasetsOf(JsonNode task, BiConsumer<String, JsonNode> visit) {
    for (JsonNode d : task.path("datasets")) visit.accept(task.path("task").asText(), d);
    for (JsonNode s : task.path("subtasks")) datasetsOf(s, visit);
  }

  private static void task(JsonNode task, BiConsumer<String, JsonNode> visit) {
    String name = task.path("task").asText();
    for (JsonNode d : task.path("datasets")) dataset(name, d, visit);
    for (JsonNode s : task.path("subtasks")) task(s, visit);
  }

  private static void dataset(String task, JsonNode d, BiConsumer<String, JsonNode> visit) {
    for (JsonNode r : d.path("sota").path("rows")) visit.accept(task, r);
    for (JsonNode s : d.path("subdatasets")) dataset(task, s, visit);
  }
}
