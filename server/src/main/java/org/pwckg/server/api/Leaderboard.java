package org.pwckg.server.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking a leaderboard and finding its records over time: plain data in, plain data out, so the
 * rules are testable apart from the graph.
 */
public final class Leaderboard {
  private Leaderboard() {}

  /** One row of an evaluation table: a model's result, with its cells keyed by metric IRI. */
  public record Entry(
      String result,
      String model,
      String paper,
      String title,
      LocalDate date,
      boolean extraData,
      Map<String, Views.Cell> cells,
      List<String> codeLinks) {
    Double value(String metric) {
      Views.Cell c = cells.get(metric);
      return c == null ? null : c.value();
    }
  }

  /** An entry and its rank (null when its value on the metric is missing or unparseable). */
  public record Ranked(Integer rank, Entry entry) {}

  /**
   * Ranked rows first, best first on {@code metric} in its direction (ties share a rank and keep
   * the earlier result first), then the rows without a number, by model name.
   *
   * @param asOf when set, only rows dated on or before that day (undated rows cannot be placed)
   */
  public static List<Ranked> rank(
      List<Entry> entries,
      String metric,
      boolean lowerIsBetter,
      LocalDate asOf,
      boolean includeExtra) {
    List<Entry> kept =
        entries.stream()
            .filter(e -> includeExtra || !e.extraData())
            .filter(e -> asOf == null || (e.date() != null && !e.date().isAfter(asOf)))
            .toList();
    Comparator<Entry> best =
        byValue(metric, lowerIsBetter).thenComparing(Leaderboard::byDateThenModel);
    List<Entry> valued = kept.stream().filter(e -> e.value(metric) != null).sorted(best).toList();
    List<Ranked> out = new ArrayList<>();
    Double previous = null;
    int rank = 0;
    for (int i = 0; i < valued.size(); i++) {
      Double v = valued.get(i).value(metric);
      if (!v.equals(previous)) rank = i + 1;
      previous = v;
      out.add(new Ranked(rank, valued.get(i)));
    }
    kept.stream()
        .filter(e -> e.value(metric) == null)
        .sorted(
            Comparator.comparing((Entry e) -> String.valueOf(e.model()).toLowerCase())
                .thenComparing(Entry::result))
        .forEach(e -> out.add(new Ranked(null, e)));
    return out;
  }

  /**
   * The results that set a new record on {@code metric} when they appeared: dated, with a value,
   * strictly better than every earlier one. Within one day only that day's best can set it.
   */
  public static List<Entry> history(
      List<Entry> entries, String metric, boolean lowerIsBetter, boolean includeExtra) {
    Comparator<Entry> chronological =
        Comparator.comparing(Entry::date)
            .thenComparing(byValue(metric, lowerIsBetter))
            .thenComparing(Entry::result);
    List<Entry> records = new ArrayList<>();
    Double record = null;
    for (Entry e :
        entries.stream()
            .filter(e -> includeExtra || !e.extraData())
            .filter(e -> e.date() != null && e.value(metric) != null)
            .sorted(chronological)
            .toList()) {
      double v = e.value(metric);
      if (record == null || (lowerIsBetter ? v < record : v > record)) {
        records.add(e);
        record = v;
      }
    }
    return records;
  }

  private static Comparator<Entry> byValue(String metric, boolean lowerIsBetter) {
    Comparator<Entry> ascending = Comparator.comparing(e -> e.value(metric));
    return lowerIsBetter ? ascending : ascending.reversed();
  }

  private static int byDateThenModel(Entry a, Entry b) {
    Comparator<Entry> c =
        Comparator.comparing(Entry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> String.valueOf(e.model()).toLowerCase())
            .thenComparing(Entry::result);
    return c.compare(a, b);
  }
}
