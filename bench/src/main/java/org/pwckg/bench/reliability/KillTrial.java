package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The kills of one operation: a reference run, then kill, look, recover, compare. */
final class KillTrial {
  /** Draws that let the run end before the kill are drawn again, this many times at most. */
  private static final int REDRAWS = 5;

  private final Pwckg pwckg;
  private final Bases bases;
  private final Path dir;
  private final String tag;

  KillTrial(Pwckg pwckg, Bases bases, Path dir, String tag) {
    this.pwckg = pwckg;
    this.bases = bases;
    this.dir = dir;
    this.tag = tag;
  }

  KillReport run(KillOperation op, int kills, Random random)
      throws IOException, InterruptedException {
    Path base = bases.of(op.base());
    String before = Fingerprint.graphOf(base).graph();
    Path reference = dir.resolve("reference");
    Folders.copy(base, reference);
    double duration = op.run(pwckg, reference, tag + "-reference", null).seconds();
    Fingerprint expected = Fingerprint.of(reference);
    List<String> failures = new ArrayList<>();
    int oldOrNew = 0, identical = 0, done = 0;
    double killAt = 0, recovery = 0;
    Path db = dir.resolve("db");
    for (int k = 1; k <= kills; k++) {
      Folders.copy(base, db);
      KillOperation.Run killed = null;
      // A run that ended before its kill moment bounds the next draw: runs after the reference
      // may be quicker (a warm page cache, a class archive the reference run wrote).
      double within = duration;
      for (int d = 0; d <= REDRAWS && (killed == null || !killed.killed()); d++) {
        if (killed != null) Folders.copy(base, db);
        killed =
            op.run(pwckg, db, tag + "-kill-" + k, KillBench.seconds(random.nextDouble() * within));
        if (!killed.killed()) within = Math.min(within, killed.seconds());
      }
      if (!killed.killed()) {
        failures.add("kill " + k + ": the run ended before every drawn kill moment");
        continue;
      }
      done++;
      killAt += killed.seconds();
      String at = "kill " + k + " at " + fmt(killed.seconds()) + " s: ";
      String afterKill;
      try {
        afterKill = Fingerprint.graphOf(db).graph();
      } catch (RuntimeException e) {
        failures.add(at + "the database does not open: " + e);
        continue;
      }
      if (afterKill.equals(before) || afterKill.equals(expected.graph())) oldOrNew++;
      else failures.add(at + "a graph that is neither the old nor the new one");
      try {
        recovery += op.run(pwckg, db, tag + "-recover-" + k, null).seconds();
        String diff = Fingerprint.of(db).difference(expected);
        if (diff == null) identical++;
        else failures.add(at + "after recovery, " + diff + " differs");
      } catch (RuntimeException e) {
        failures.add(at + "recovery failed: " + e.getMessage());
      }
    }
    return new KillReport(
        op.name(),
        done,
        oldOrNew,
        identical,
        failures,
        duration,
        done == 0 ? 0 : killAt / done,
        done == 0 ? 0 : recovery / done);
  }

  private static String fmt(double s) {
    return String.format("%.2f", s);
  }
}
