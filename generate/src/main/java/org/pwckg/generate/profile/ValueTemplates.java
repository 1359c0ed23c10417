package org.pwckg.generate.profile;

import java.util.regex.Pattern;

/**
 * Metric value strings reduced to their shape: every digit becomes {@code #}, except a lone leading
 * {@code 0} before a decimal point (not after one, as in "v3.0.1") ("0.930" → "0.###", "76.5%" →
 * "##.#%", "220k" → "###k"). Shapes that are a plain number, optionally with %, ± or a k/M/B unit,
 * are column formats; the rest ("-", "", "**##.#**", "##.##*", text) are per-row quirks.
 */
public final class ValueTemplates {
  private static final String NUMBER = "-?(0|#+)(\\.#+)?";
  private static final Pattern COLUMN =
      Pattern.compile(NUMBER + "(%|[kKmMbB]| ?± ?" + NUMBER + "%?)?");

  private ValueTemplates() {}

  public static String of(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean loneZero =
          c == '0'
              && i + 1 < value.length()
              && value.charAt(i + 1) == '.'
              && (i == 0 || !Character.isDigit(value.charAt(i - 1)) && value.charAt(i - 1) != '.');
      sb.append(c >= '0' && c <= '9' && !loneZero ? '#' : c);
    }
    return sb.toString();
  }

  public static boolean isColumnFormat(String template) {
    return COLUMN.matcher(template).matches();
  }
}
