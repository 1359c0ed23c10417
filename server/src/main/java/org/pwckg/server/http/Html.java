package org.pwckg.server.http;

/** The server's web pages share one small layout; every text put into it is escaped here. */
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

  /** A whole page: {@code body} is already HTML, {@code head} extra head elements. */
  public static String page(String title, String head, String body) {
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #222; }
          nav a { margin-right: 1rem; } table { border-collapse: collapse; width: 100%%; }
          td, th { border-bottom: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
          th { width: 14rem; font-weight: 600; } code { font-size: .9em; } .muted { color: #777; }
        </style>
        %s</head><body>
        <nav><a href="/">pwc-kg</a><a href="/sparql">SPARQL</a><a href="/api/v1/docs">API</a><a href="/void">VoID</a><a href="/dumps/">Dumps</a><a href="/ontology">Ontology</a></nav>
        %s
        </body></html>
        """
        .formatted(escape(title), head, body);
  }
}
