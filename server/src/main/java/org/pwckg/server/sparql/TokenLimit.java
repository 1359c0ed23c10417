package org.pwckg.server.sparql;

import org.apache.jena.query.QueryParseException;

/**
 * Refuses a query or update with a token longer than {@link #MAX_CHARS} before Jena parses it.
 * Jena's generated lexer grows its buffer 2,048 characters at a time while it reads one token, so a
 * token costs time quadratic in its length, and parsing runs before any timeout can stop it
 * (measured, warm JVM: 64 Ki characters 15 ms, 256 Ki 0.2 s, 1 Mi 2 s of CPU; 6 MB was 23 s). This
 * linear scan bounds every stretch the lexer may read as one token: a string, an IRI, a comment, or
 * a run of anything else between whitespace. A 1 MB request of tokens at the bound parses in ~0.2
 * s.
 */
public final class TokenLimit {
  /** Far beyond a real token (an abstract is a few KB), and cheap to parse. */
  public static final int MAX_CHARS = 65_536;

  private TokenLimit() {}

  /** Throws a parse error naming the line of the first overlong token of {@code text}. */
  public static void check(String text) {
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int end =
          switch (c) {
            case '#' -> lineEnd(text, i);
            case '"', '\'' -> stringEnd(text, i);
            case '<' -> iriEnd(text, i);
            default -> runEnd(text, i);
          };
      if (end - i > MAX_CHARS) throw overlong(text, i, end - i);
      // A '<' that opens no IRI is an operator; what follows it is lexed on its own.
      i = c == '<' && (end == n || text.charAt(end - 1) != '>') ? i + 1 : end;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') return i;
    }
    return text.length();
  }

  /** The end of a short or long string literal (after its closing quotes, or where it breaks). */
  private static int stringEnd(String text, int from) {
    char q = text.charAt(from);
    boolean isLong = text.startsWith(String.valueOf(q).repeat(3), from);
    int i = from + (isLong ? 3 : 1);
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') i += 2;
      else if (!isLong && (c == '\n' || c == '\r')) return i;
      else if (c == q && (!isLong || text.startsWith(String.valueOf(q).repeat(3), i)))
        return i + (isLong ? 3 : 1);
      else i++;
    }
    return text.length();
  }

  /** As far as an IRI could reach: up to {@code >} or the first character an IRI cannot hold. */
  private static int iriEnd(String text, int from) {
    for (int i = from + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>') return i + 1;
      if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) return i;
    }
    return text.length();
  }

  private static int runEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) || c == '#' || c == '"' || c == '\'' || c == '<') return i;
    }
    return text.length();
  }

  private static QueryParseException overlong(String text, int at, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = at - lineStart + 1;
    return new QueryParseException(
        String.format(
            "Line %d, column %d: a token (string, IRI, name or comment) of %,d characters;"
                + " this endpoint parses tokens of up to %,d characters",
            line, column, length, MAX_CHARS),
        line,
        column);
  }
}
