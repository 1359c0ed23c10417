package org.pwckg.generate.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts occurrences; renders them in a stable order so the profile file is reproducible. */
final class Tally<K extends Comparable<K>> {
  private final Map<K, Integer> counts = new HashMap<>();
  private int total;

  void add(K key) {
    add(key, 1);
  }

  void add(K key, int n) {
    counts.merge(key, n, Integer::sum);
    total += n;
  }

  int total() {
    return total;
  }

  int get(K key) {
    return counts.getOrDefault(key, 0);
  }

  /** Most frequent first, ties by key. */
  Map<K, Integer> byCount() {
    Map<K, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<K, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** In key order (numeric histograms). */
  Map<K, Integer> byKey() {
    return new TreeMap<>(counts);
  }

  static double rate(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
