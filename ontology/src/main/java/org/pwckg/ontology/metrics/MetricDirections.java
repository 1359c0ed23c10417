package org.pwckg.ontology.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.pwckg.ontology.Slugs;

/**
 * Decides whether a larger value of a metric ranks higher, from a documented rule set ({@code
 * metric-directions.tsv} beside this class) and an optional override file. The archive carries no
 * direction, so this is a heuristic; the rule that decided is kept so that users can see it and
 * correct it.
 *
 * <p>Order of decision: an override for the metric wins ({@code "override"}); otherwise the first
 * rule whose pattern is found in the metric's name ({@code "rule:<name>"}); otherwise higher is
 * better ({@code "default"}: accuracy, F1, BLEU, AUC, MRR, Hits@k… need no rule).
 *
 * <p>Names are compared by their slug, the key of the metric's IRI ({@code "F1 score"} and {@code
 * "F1-score"} are one metric): overrides by equal slug, rules against the slug's words ({@code "Bit
 * per Character (BPC)"} is matched as {@code "bit per character bpc"}), case-insensitively; first
 * on the name without its bracketed asides ("Error rate (top-5)" as {@code "error rate"}), then on
 * the whole name. So every name that shares an IRI gets the same direction, as a graph with one
 * direction per metric needs.
 *
 * <p>Override file: UTF-8 text, one {@code metric name<TAB>higher|lower} per line; blank lines and
 * lines starting with {@code #} are ignored.
 */
public final class MetricDirections {
  private static final String RULES = "metric-directions.tsv";

  /**
   * A bracketed aside ("(%)", "(top-5)", "(BPC)"): rules are tried first on the name without it, so
   * that a rule anchored at the end of the name finds the name's head.
   */
  private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

  private final List<Rule> rules;
  private final Map<String, Direction> overrides;

  private MetricDirections(List<Rule> rules, Map<String, Direction> overrides) {
    this.rules = List.copyOf(rules);
    this.overrides = Map.copyOf(overrides);
  }

  /** The built-in rules, no overrides. */
  public static MetricDirections defaults() {
    return new MetricDirections(builtInRules(), Map.of());
  }

  /**
   * The built-in rules plus the overrides of a user's file (see the class comment for its format).
   */
  public static MetricDirections load(Path overrideFile) {
    try (BufferedReader in = Files.newBufferedReader(overrideFile, StandardCharsets.UTF_8)) {
      return new MetricDirections(builtInRules(), readOverrides(in, overrideFile.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read metric direction overrides " + overrideFile, e);
    }
  }

  public MetricDirection of(String metricName) {
    String key = Slugs.of(metricName);
    Direction override = overrides.get(key);
    if (override != null) return new MetricDirection(override, "override");
    String head = Slugs.of(BRACKETED.matcher(metricName).replaceAll(" ")).replace('-', ' ');
    String words = key.replace('-', ' ');
    for (String form : head.isEmpty() || head.equals(words) ? List.of(words) : List.of(head, words))
      for (Rule rule : rules) {
        if (rule.pattern.matcher(form).find()) {
          return new MetricDirection(rule.direction, "rule:" + rule.name);
        }
      }
    return new MetricDirection(Direction.HIGHER_IS_BETTER, "default");
  }

  /**
   * The direction a table ranks its first metric by: the metric's own ({@link #of}), unless the
   * table's rows are sorted by the metric the other way ({@link RowOrder}), which then decides
   * ({@code "table-order"}). An override still wins: it is a user's word. A word inside a longer
   * name can mislead a rule ("ADE" is an error on trajectories, a score elsewhere); the order of
   * the table's own rows is the archive saying which way it ranked them.
   */
  public MetricDirection inTable(String metricName, List<Double> primaryValuesInRowOrder) {
    MetricDirection byName = of(metricName);
    if (byName.rule().equals("override")) return byName;
    return RowOrder.of(primaryValuesInRowOrder)
        .filter(d -> d != byName.direction())
        .map(d -> new MetricDirection(d, "table-order"))
        .orElse(byName);
  }

  /** The rules in the order they are tried, as {@code name → direction}, for documentation. */
  public List<Map.Entry<String, Direction>> rules() {
    return rules.stream().map(r -> Map.entry(r.name, r.direction)).toList();
  }

  private record Rule(String name, Direction direction, Pattern pattern) {}

  private static List<Rule> builtInRules() {
    InputStream in = MetricDirections.class.getResourceAsStream(RULES);
    if (in == null) throw new IllegalStateException("missing resource " + RULES);
    List<Rule> rules = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (isBlankOrComment(line)) continue;
        String[] f = line.split("\t", -1);
        if (f.length != 3) throw badLine(RULES, lineNo, "expected rule<TAB>direction<TAB>pattern");
        Pattern p = Pattern.compile(f[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        rules.add(new Rule(f[0].strip(), direction(f[1], RULES, lineNo), p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rules;
  }

  private static Map<String, Direction> readOverrides(BufferedReader in, String source)
      throws IOException {
    Map<String, Direction> overrides = new HashMap<>();
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (isBlankOrComment(line)) continue;
      int tab = line.lastIndexOf('\t');
      if (tab < 0) throw badLine(source, lineNo, "expected metric name<TAB>higher|lower");
      String key = Slugs.of(line.substring(0, tab));
      if (key.isEmpty()) throw badLine(source, lineNo, "empty metric name");
      overrides.put(key, direction(line.substring(tab + 1), source, lineNo));
    }
    return overrides;
  }

  private static Direction direction(String text, String source, int lineNo) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "higher" -> Direction.HIGHER_IS_BETTER;
      case "lower" -> Direction.LOWER_IS_BETTER;
      default ->
          throw badLine(source, lineNo, "direction must be higher or lower, not '" + text + "'");
    };
  }

  private static boolean isBlankOrComment(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static IllegalArgumentException badLine(String source, int lineNo, String why) {
    return new IllegalArgumentException(source + ":" + lineNo + ": " + why);
  }
}
