package org.pwckg.generate.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient URL parts: the real URLs include some that java.net.URI rejects. */
final class Urls {
  private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z+.\\-]*://([^/?#\\s]+)");

  private Urls() {}

  static String host(String url) {
    Matcher m = HOST.matcher(url.trim());
    return m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
  }
}
