package org.pwckg.bench.reliability;

import java.util.Locale;

/**
 * What the server answered one hostile request: its status (or {@link #CLOSED} when the connection
 * ended without a status line, {@link #OPEN} when it was still waiting when the attack ended), its
 * header lines (lower case) and the start of its body.
 */
record Answer(int status, String headers, String body) {
  static final int CLOSED = -1;
  static final int OPEN = -2;

  static Answer closed() {
    return new Answer(CLOSED, "", "");
  }

  static Answer open() {
    return new Answer(OPEN, "", "");
  }

  static Answer of(int status, String contentType) {
    return new Answer(status, "content-type: " + contentType.toLowerCase(Locale.ROOT), "");
  }

  boolean json() {
    return header("content-type").contains("json");
  }

  /** The value of header {@code name} (lower case), or "" when absent. */
  String header(String name) {
    for (String line : headers.split("\r?\n"))
      if (line.startsWith(name + ":")) return line.substring(name.length() + 1).strip();
    return "";
  }

  /** The status as a table shows it. */
  String label() {
    return switch (status) {
      case CLOSED -> "closed";
      case OPEN -> "open";
      default -> Integer.toString(status);
    };
  }

  /**
   * The server's part of every contract: no 5xx but 503 (a timeout), an error status always with a
   * JSON body, and a body that holds none of the {@code secrets}.
   */
  boolean wellFormed(String... secrets) {
    for (String s : secrets) if (body.contains(s)) return false;
    if (status >= 500 && status != 503) return false;
    return status < 400 || json();
  }
}
