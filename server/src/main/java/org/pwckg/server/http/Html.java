package org.pwckg.server.http;

import org.pwckg.server.web.Site;

/** Escaping for the server's hand-built HTML, and its tool pages in the website's layout. */
public final class Html {
  private Html() {}

  public static String escape(String text) {
    if (text == null) return "";
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A whole page in the website's layout: {@code body} is already HTML, {@code head} extra head
   * elements.
   */
  public static String page(String title, String head, String body) {
    return Site.toolPage(title, head, body);
  }
}
