package org.pwckg.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shapes of dump records: for each path of nested objects ("papers", "papers.methods[]",
 * "tables.datasets[].sota.rows[]"), the key layouts seen (keys in file order) and, for each field,
 * the JSON types its values have.
 */
final class Shapes {
  final Map<String, Set<String>> layouts = new TreeMap<>();
  final Map<String, Set<String>> types = new TreeMap<>();

  static Shapes of(String root, List<JsonNode> records) {
    Shapes s = new Shapes();
    for (JsonNode r : records) s.object(root, r);
    return s;
  }

  private void object(String path, JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) keys.add(it.next());
    layouts.computeIfAbsent(path, k -> new TreeSet<>()).add(String.join(",", keys));
    for (String key : keys) {
      JsonNode v = node.get(key);
      String field = path + "." + (isMetricMap(path, key) ? "metrics" : key);
      types.computeIfAbsent(field, k -> new TreeSet<>()).add(v.getNodeType().name());
      if (isMetricMap(path, key))
        v.forEach(
            x ->
                types
                    .computeIfAbsent(field + "{}", k -> new TreeSet<>())
                    .add(x.getNodeType().name()));
      else value(path + "." + key, v);
    }
  }

  private void value(String path, JsonNode v) {
    if (v.isObject()) object(path, v);
    if (v.isArray()) {
      for (JsonNode x : v) {
        types.computeIfAbsent(path + "[]", k -> new TreeSet<>()).add(x.getNodeType().name());
        if (x.isObject()) object(normalise(path) + "[]", x);
      }
    }
  }

  /** Subtasks and subdatasets have the shapes of their kinds, whatever the depth. */
  private static String normalise(String path) {
    return path.replaceAll("(\\.subtasks\\[\\])+\\.subtasks$", ".subtasks")
        .replaceAll("(\\.subdatasets\\[\\])+\\.subdatasets$", ".subdatasets");
  }

  /** Metric maps have metric names as keys: their keys are data, not a layout. */
  private static boolean isMetricMap(String path, String key) {
    return key.equals("metrics") && path.endsWith("rows[]");
  }
}
