package org.pwckg.bench.reliability;

/** What ingesting one bad-input class gave. */
record CorruptionReport(
    String name,
    int damaged,
    int goodKept,
    int goodExpected,
    int reported,
    boolean mustReport,
    int exitCode,
    int crashes,
    long[] results,
    String serve) {
  boolean passed() {
    return crashes == 0
        && goodKept == goodExpected
        && (results == null || results[0] == results[1])
        && (!mustReport || reported == damaged)
        && serve.equals("yes");
  }

  String row() {
    return String.format(
        "| %s | %,d | %,d / %,d%s | %,d%s | %d | %d | %s |",
        name,
        damaged,
        goodKept,
        goodExpected,
        results == null
            ? ""
            : String.format("; leaderboard rows %,d / %,d", results[0], results[1]),
        reported,
        mustReport ? "" : " (not required)",
        exitCode,
        crashes,
        serve);
  }
}
