package org.pwckg.ontology.metrics;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the metric cells of the evaluation tables ("85.1%", "0.8428 ± 0.0014", "220k"…) into
 * numbers. A cell that does not fit the rules is kept raw and marked unparseable rather than
 * guessed at: a wrong number on a leaderboard is worse than a missing one.
 *
 * <p>The rules, applied in this order to a copy of the cell (the {@link MetricValue#raw() raw}
 * string is always kept as given):
 *
 * <ol>
 *   <li><b>Invisible characters</b>: byte-order marks (U+FEFF, also inside the value, as in {@code
 *       "\ufeff93.3"}) and zero-width characters are removed; no-break and thin spaces become
 *       spaces; the text is trimmed.
 *   <li><b>Markdown emphasis</b> around the whole cell is removed: {@code "**70.3**"} → 70.3.
 *   <li><b>A trailing remark</b> in parentheses or brackets after the number is dropped: {@code
 *       "70.14 (measured by Ge et al., 2018)"} → 70.14. A cell that is only a parenthesis, such as
 *       {@code "(32.76 32.07 26.26 22.74)"}, has no number before it and stays unparseable.
 *   <li><b>Footnote markers</b> at the end are dropped: {@code * + † ‡ § ?} — {@code "87.58*"},
 *       {@code "60.7+"}, {@code "43B?"}. A leading {@code ~} or {@code ≈} (approximately) is
 *       dropped too.
 *   <li><b>Minus signs</b>: U+2212 (−), the en dash, figure dash and small/full-width hyphen-minus
 *       directly before a digit or decimal point are read as a minus: {@code "−3.2"} → −3.2. A dash
 *       alone ({@code "-"}, {@code "--"}, {@code "–"}) is no number.
 *   <li><b>Spread</b>: {@code "±"}, {@code "+/-"} or {@code "+-"} splits the cell into value and
 *       spread ({@code "0.8428 ± 0.0014"}); the spread carries no sign.
 *   <li><b>Numbers</b>: an optional sign, digits with optional thousands separators in groups of
 *       three ({@code "1,234.5"}; {@code "1,5"} is ambiguous and unparseable), an optional fraction
 *       and an optional exponent ({@code "1e-3"}). {@code NaN}, {@code Infinity} and hexadecimal
 *       forms are refused.
 *   <li><b>Units</b>: at most one after each number, optionally after one space: {@code %} (the
 *       number is kept, {@link MetricValue#percent() percent} is set), {@code k}/{@code K} (10³),
 *       {@code m}/{@code M} (10⁶ — in these tables a lower-case m counts parameters, as in {@code
 *       "3.0m"}, never milli), {@code b}/{@code B}/{@code G} (10⁹), {@code T} (10¹²). Scaling is
 *       exact decimal arithmetic: {@code "0.46B"} → 460000000. A unit written on only one side of a
 *       spread applies to both ({@code "76.5 ± 0.3%"}); mixing {@code %} with a scale is
 *       unparseable.
 * </ol>
 *
 * <p>Everything else is unparseable, notably text ({@code "Please tell us"}, {@code "Constituent
 * parser"}), several numbers in one cell ({@code "75.8/75.5"}, {@code "(14.62 10.86)"}), ranges and
 * bounds ({@code "70-72"}, {@code "<0.1"}).
 */
public final class MetricValueParser {
  private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D\\u2060]");
  private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2007\\u2009\\u202F]");
  private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*|__|\\*|_)(.+)\\1$");
  private static final Pattern REMARK =
      Pattern.compile("^(.*?\\S)\\s*(?:\\([^()]*\\)|\\[[^\\[\\]]*])$");
  private static final Pattern MARKERS = Pattern.compile("[*+†‡§?]+$");
  private static final Pattern APPROX = Pattern.compile("^[~≈]\\s*");
  private static final Pattern MINUS =
      Pattern.compile("[\\u2212\\u2012\\u2013\\uFE63\\uFF0D](?=[\\d.])");
  private static final Pattern SPREAD = Pattern.compile("\\s*(?:±|\\+/-|\\+-)\\s*");
  private static final Pattern QUANTITY =
      Pattern.compile(
          "(?<number>[+-]?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)"
              + " ?(?<unit>[%kKmMbBGT])?");

  private static final char NONE = 0;

  private MetricValueParser() {}

  /** Parses one cell; a JSON number is passed as its text. Never throws; null counts as empty. */
  public static MetricValue parse(String raw) {
    if (raw == null) return MetricValue.unparseable("");
    String[] parts = SPREAD.split(normalise(raw), -1);
    if (parts.length > 2) return MetricValue.unparseable(raw);
    Optional<Quantity> value = Quantity.of(parts[0], true);
    Optional<Quantity> spread = parts.length == 2 ? Quantity.of(parts[1], false) : Optional.empty();
    if (value.isEmpty() || (parts.length == 2 && spread.isEmpty())) {
      return MetricValue.unparseable(raw);
    }
    return combine(raw, value.get(), spread);
  }

  /** Steps 1 to 5 of the rules: what is left should be a number, or two around a ± sign. */
  static String normalise(String raw) {
    String s = ODD_SPACE.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
    Matcher emphasis = EMPHASIS.matcher(s);
    if (emphasis.matches()) s = emphasis.group(2).strip();
    Matcher remark = REMARK.matcher(s);
    if (remark.matches()) s = remark.group(1);
    s = MARKERS.matcher(s).replaceAll("").strip();
    s = APPROX.matcher(s).replaceAll("");
    return MINUS.matcher(s).replaceAll("-");
  }

  /** A unit written on one side only applies to both; {@code %} never mixes with a scale. */
  private static MetricValue combine(String raw, Quantity value, Optional<Quantity> spread) {
    char spreadUnit = spread.map(Quantity::unit).orElse(NONE);
    if (value.unit != NONE
        && spreadUnit != NONE
        && value.unit != spreadUnit
        && (value.unit == '%' || spreadUnit == '%')) {
      return MetricValue.unparseable(raw);
    }
    char unit = value.unit != NONE ? value.unit : spreadUnit;
    char unitOfSpread = spreadUnit != NONE ? spreadUnit : value.unit;
    OptionalDouble spreadValue =
        spread.map(q -> OptionalDouble.of(q.scaled(unitOfSpread))).orElse(OptionalDouble.empty());
    return new MetricValue(raw, OptionalDouble.of(value.scaled(unit)), spreadValue, unit == '%');
  }

  /** One number with its optional unit, as written. */
  private record Quantity(String number, char unit) {
    static Optional<Quantity> of(String text, boolean signed) {
      Matcher m = QUANTITY.matcher(text.strip());
      if (!m.matches()) return Optional.empty();
      String number = m.group("number").replace(",", "");
      if (!signed && (number.startsWith("-") || number.startsWith("+"))) return Optional.empty();
      String unit = m.group("unit");
      return Optional.of(new Quantity(number, unit == null ? NONE : unit.charAt(0)));
    }

    double scaled(char unitToApply) {
      int exponent = exponentOf(unitToApply);
      if (exponent == 0) return Double.parseDouble(number);
      return new BigDecimal(number).scaleByPowerOfTen(exponent).doubleValue();
    }

    private static int exponentOf(char unit) {
      return switch (unit) {
        case 'k', 'K' -> 3;
        case 'm', 'M' -> 6;
        case 'b', 'B', 'G' -> 9;
        case 'T' -> 12;
        default -> 0;
      };
    }
  }
}
