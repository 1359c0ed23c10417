package org.pwckg.generate.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link TextModelData} from texts split on whitespace. */
final class TextModelBuilder {
  private final Tally<String> words = new Tally<>();
  private final Map<String, Tally<String>> next = new HashMap<>();
  private static final String START = "\u0002<s>";
  private static final String END = "\u0003</s>";

  TextModelBuilder add(String text) {
    if (text == null || text.isBlank()) return this;
    String previous = START;
    for (String w : Words.split(text)) {
      words.add(w);
      next.computeIfAbsent(previous, k -> new Tally<>()).add(w);
      previous = w;
    }
    next.computeIfAbsent(previous, k -> new Tally<>()).add(END);
    return this;
  }

  TextModelData build() {
    List<String> order = new ArrayList<>();
    order.add(START);
    order.add(END);
    order.addAll(words.byCount().keySet());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
    List<int[]> succ = new ArrayList<>(order.size());
    for (String w : order) {
      Tally<String> t = next.get(w);
      if (t == null) {
        succ.add(new int[0]);
        continue;
      }
      Map<String, Integer> m = t.byCount();
      int[] pairs = new int[m.size() * 2];
      int k = 0;
      for (Map.Entry<String, Integer> e : m.entrySet()) {
        pairs[k++] = index.get(e.getKey());
        pairs[k++] = e.getValue();
      }
      succ.add(pairs);
    }
    List<String> shown = new ArrayList<>(order);
    shown.set(0, "<s>");
    shown.set(1, "</s>");
    return new TextModelData(shown, succ);
  }
}
