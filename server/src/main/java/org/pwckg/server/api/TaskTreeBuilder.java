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
 * Builds the area → task → subtask tree from the rows of {@code tasks.rq} (one per task, parent
 * and area). Top-level tasks are those without a parent; a task in several areas appears under
 * each; cycles in the broader-links are cut.
 */
final class TaskTreeBuilder {
  /** Top-level tasks without a research area are listed under this pseudo-area. */
  static final String NO_AREA = "Other";

  private final Map<String, String> names = new TreeMap<>();
  private final Map<String, List<String>> children = new LinkedHashMap<>();
  private final Map<String, Set<String>> areasOf = new LinkedHashMap<>();
  private final Map<String, String> areaNames = new TreeMap<>();
  private final Set<String> hasParent = new HashSet<>();

  void add(Row r) {
    String task = r.iri("task");
    names.putIfAbsent(task, r.text("label"));
    String parent = r.iri("parent");
    if (parent != null && !parent.equals(task)) {
      hasParent.add(task);
      List<String> siblings = children.computeIfAbsent(parent, k -> new ArrayList<>());
      if (!siblings.contains(task)) siblings.add(task);
    }
    if (r.iri("area") != null) {
      areasOf.computeIfAbsent(task, k -> new TreeSet<>()).add(r.iri("area"));
      areaNames.putIfAbsent(r.iri("area"), r.text("areaLabel"));
    }
  }

  TaskTree build(Ids ids) {
    Map<String, List<TaskNode>> byArea = new LinkedHashMap<>();
    names.keySet().stream().filter(t -> !hasParent.contains(t)).sorted(byName()).forEach(top -> {
      TaskNode node = node(top, ids, new HashSet<>());
      for (String area : areasOf.getOrDefault(top, Set.of(""))) byArea.computeIfAbsent(area, k -> new ArrayList<>()).add(node);
    });
    List<AreaTasks> areas = new ArrayList<>();
    areaNames.forEach((iri, name) -> {
      if (byArea.containsKey(iri)) areas.add(new AreaTasks(ids.id(iri, "area"), name, byArea.get(iri)));
    });
    areas.sort(Comparator.comparing(a -> a.name() == null ? "" : a.name().toLowerCase(Locale.ROOT)));
    if (byArea.containsKey("")) areas.add(new AreaTasks(null, NO_AREA, byArea.get("")));
    return new TaskTree(names.size(), areas);
  }

  private TaskNode node(String task, Ids ids, Set<String> path) {
    path.add(task);
    List<TaskNode> subtasks = children.getOrDefault(task, List.of()).stream()
        .filter(c -> !path.contains(c))
        .sorted(byName())
        .map(c -> node(c, ids, path))
        .toList();
    path.remove(task);
    return new TaskNode(ids.id(task, "task"), names.get(task), subtasks);
  }

  private Comparator<String> byName() {
    return Comparator.comparing((String t) -> String.valueOf(names.get(t)).toLowerCase(Locale.ROOT)).thenComparing(t -> t);
  }
}
