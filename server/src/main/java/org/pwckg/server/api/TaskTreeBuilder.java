package org.pwckg.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pwckg.server.api.Views.AreaTasks;
import org.pwckg.server.api.Views.TaskNode;
import org.pwckg.server.api.Views.TaskTree;
import org.pwckg.server.store.Row;

/**
 * Builds the area → task → subtask tree from the rows of {@code tasks.rq} (one per task, parent and
 * area). A tree, not the broader-graph itself: each task sits under one parent (the first seen) and
 * appears once, so the answer stays linear in the number of tasks even where the graph shares
 * subtasks or loops (those become top-level). A top-level task in several areas appears under each.
 */
final class TaskTreeBuilder {
  /** Top-level tasks without a research area are listed under this pseudo-area. */
  static final String NO_AREA = "Other";

  private final Map<String, String> names = new TreeMap<>();
  private final Map<String, String> parentOf = new LinkedHashMap<>();
  private final Map<String, Set<String>> areasOf = new LinkedHashMap<>();
  private final Map<String, String> areaNames = new TreeMap<>();

  void add(Row r) {
    String task = r.iri("task");
    names.putIfAbsent(task, r.text("label"));
    String parent = r.iri("parent");
    if (parent != null && !parent.equals(task)) parentOf.putIfAbsent(task, parent);
    if (r.iri("area") != null) {
      areasOf.computeIfAbsent(task, k -> new TreeSet<>()).add(r.iri("area"));
      areaNames.putIfAbsent(r.iri("area"), r.text("areaLabel"));
    }
  }

  TaskTree build(Ids ids) {
    Map<String, List<String>> children = new LinkedHashMap<>();
    parentOf.forEach(
        (task, parent) -> {
          if (names.containsKey(parent))
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(task);
        });
    Set<String> placed = new HashSet<>();
    List<String> tops =
        new ArrayList<>(
            names.keySet().stream()
                .filter(t -> parentOf.get(t) == null || !names.containsKey(parentOf.get(t)))
                .sorted(byName())
                .toList());
    Map<String, TaskNode> nodes = new LinkedHashMap<>();
    tops.forEach(top -> nodes.put(top, node(top, ids, children, placed)));
    // Tasks only reachable through a loop of broader-links are placed at the top.
    names.keySet().stream()
        .filter(t -> !placed.contains(t))
        .sorted(byName())
        .forEach(
            t -> {
              if (!placed.contains(t)) nodes.put(t, node(t, ids, children, placed));
            });
    return new TaskTree(names.size(), areas(nodes, ids));
  }

  private List<AreaTasks> areas(Map<String, TaskNode> tops, Ids ids) {
    Map<String, List<TaskNode>> byArea = new LinkedHashMap<>();
    tops.forEach(
        (task, node) -> {
          for (String area : areasOf.getOrDefault(task, Set.of("")))
            byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(node);
        });
    List<AreaTasks> areas = new ArrayList<>();
    areaNames.forEach(
        (iri, name) -> {
          if (byArea.containsKey(iri))
            areas.add(new AreaTasks(ids.id(iri, "area"), name, byArea.get(iri)));
        });
    areas.sort(
        Comparator.comparing(a -> a.name() == null ? "" : a.name().toLowerCase(Locale.ROOT)));
    if (byArea.containsKey("")) areas.add(new AreaTasks(null, NO_AREA, byArea.get("")));
    return areas;
  }

  /**
   * The task with its subtree; each task is placed once (a task already placed is not repeated).
   */
  private TaskNode node(
      String task, Ids ids, Map<String, List<String>> children, Set<String> placed) {
    placed.add(task);
    List<TaskNode> subtasks = new ArrayList<>();
    for (String child : children.getOrDefault(task, List.of()).stream().sorted(byName()).toList()) {
      if (!placed.contains(child)) subtasks.add(node(child, ids, children, placed));
    }
    return new TaskNode(ids.id(task, "task"), names.get(task), subtasks);
  }

  private Comparator<String> byName() {
    return Comparator.comparing((String t) -> String.valueOf(names.get(t)).toLowerCase(Locale.ROOT))
        .thenComparing(t -> t);
  }
}
