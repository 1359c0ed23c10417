package org.pwckg.generate.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the submission month off arXiv identifiers, new style (1905.11946) and old
 * (hep-ph/9511342).
 */
final class ArxivIds {
  private static final Pattern NEW = Pattern.compile("(?<![\\d.])(\\d{2})(\\d{2})\\.\\d{4,5}");
  private static final Pattern OLD =
      Pattern.compile("([a-z][a-z\\-]+(?:\\.[A-Z]{2})?)/(\\d{2})(\\d{2})\\d{3}");
  private static final Pattern VERSION = Pattern.compile("arxiv\\.org/abs/.+v(\\d+)$");

  private ArxivIds() {}

  /** "YYYY-MM" of the first identifier in {@code text}, or null. */
  static String yearMonth(String text) {
    if (text == null) return null;
    Matcher m = NEW.matcher(text);
    if (m.find()) return month(m.group(1), m.group(2));
    m = OLD.matcher(text);
    return m.find() ? month(m.group(2), m.group(3)) : null;
  }

  /** The archive of an old-style identifier ("hep-ph"), or null. */
  static String oldArchive(String text) {
    if (text == null) return null;
    Matcher m = OLD.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** The version number of an arXiv abstract URL ending in vN, or -1. */
  static int version(String url) {
    if (url == null) return -1;
    Matcher m = VERSION.matcher(url);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static String month(String yy, String mm) {
    int y = Integer.parseInt(yy);
    int month = Integer.parseInt(mm);
    if (month < 1 || month > 12) return null;
    return String.format("%d-%02d", y >= 91 ? 1900 + y : 2000 + y, month);
  }
}
