package org.pwckg.ingest.record;

import java.util.regex.Pattern;

/**
 * The text rule of the mapping contract: strings are kept as given except that a leading BOM is
 * stripped, scraper placeholders are removed, control characters other than tab, newline and
 * carriage return are removed, and the result is trimmed. An empty result means "no value".
 */
public final class Text {
  /**
   * A placeholder the archive's scraper left where it escaped LaTeX or markup ({@code
   * \u0002wzxhzdk:12\u0003}); what it stood for is not in the dump. Removing only the control
   * characters would leave "wzxhzdk:12" in a name, so the whole placeholder goes.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("\u0002wzxhzdk:\\d+\u0003");

  /**
   * Stands for bytes that were not valid UTF-8: the dump reader decodes with this replacement (a
   * Unicode noncharacter, which real text never carries) so the field can be named.
   */
  public static final char INVALID_UTF8 = '\uFDD0';

  private Text() {}

  /** The cleaned text, or null when nothing is left. */
  public static String clean(String raw) {
    if (raw == null) return null;
    String s = needsCleaning(raw) ? strip(PLACEHOLDER.matcher(raw).replaceAll("")) : raw;
    s = s.strip();
    return s.isEmpty() ? null : s;
  }

  /**
   * The text as the dump gave it when it carries a scraper placeholder, with its control characters
   * written as {@code \\uXXXX} (an RDF/XML document cannot hold them); null otherwise. The graph
   * keeps it beside the cleaned name so that what the scraper left is not lost.
   */
  public static String rawIfPlaceholder(String raw) {
    if (raw == null || !PLACEHOLDER.matcher(raw).find()) return null;
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
        out.append(String.format("\\u%04X", (int) c));
      else out.append(c);
    }
    return out.toString();
  }

  private static boolean needsCleaning(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFEFF' && i == 0) return true;
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') return true;
    }
    return false;
  }

  private static String strip(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFEFF' && out.toString().isBlank()) continue;
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') continue;
      out.append(c);
    }
    return out.toString();
  }
}
