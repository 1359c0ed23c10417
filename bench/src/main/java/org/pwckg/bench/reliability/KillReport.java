package org.pwckg.bench.reliability;

import java.util.List;

/** One operation's kills and what became of them. */
record KillReport(
    String operation,
    int kills,
    int oldOrNew,
    int identical,
    List<String> failures,
    double referenceSeconds,
    double meanKillAt,
    double meanRecovery) {
  String row() {
    return String.format(
        "| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f |",
        operation,
        kills,
        oldOrNew,
        identical,
        failures.size(),
        referenceSeconds,
        meanKillAt,
        meanRecovery);
  }
}
