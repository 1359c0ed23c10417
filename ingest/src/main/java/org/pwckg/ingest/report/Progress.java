package org.pwckg.ingest.report;

import java.io.Console;
import java.util.function.LongSupplier;

/**
 * Shows how far the reading of a dump file has got: records, records/s, ETA from the bytes read.
 */
public interface Progress extends AutoCloseable {
  /** Called for every record; implementations throttle their output. */
  void update(long records);

  @Override
  void close();

  /** A progress bar on a terminal, periodic log lines otherwise. */
  static Progress forFile(String name, long fileBytes, LongSupplier bytesRead) {
    return interactive()
        ? new BarProgress(name, fileBytes, bytesRead)
        : new LogProgress(name, fileBytes, bytesRead);
  }

  private static boolean interactive() {
    Console console = System.console();
    if (console == null) return false;
    try {
      // Java 22+ returns a Console even when redirected; isTerminal() tells the truth there.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
