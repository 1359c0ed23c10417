package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** One operation that writes a database, run to its end or SIGKILLed partway. */
interface KillOperation {
  /** What a run gave: whether the kill landed (the process was still running) and its seconds. */
  record Run(boolean killed, double seconds) {}

  String name();

  /** The prepared state the operation starts from ({@link Bases}). */
  String base();

  /**
   * Runs the operation on {@code db}; with {@code killAfter}, SIGKILLs the process that writes the
   * database that long after the operation started, unless it ended before.
   */
  Run run(Pwckg pwckg, Path db, String tag, Duration killAfter)
      throws IOException, InterruptedException;
}
