package org.pwckg.ingest.report;

import java.util.function.LongSupplier;

/**
 * Shows how far the reading of a dump file has got: records, records/s, ETA from the bytes read.
 * The library logs; a terminal front end (the CLI) passes its own {@link Factory}.
 */
public interface Progress extends AutoCloseable {
  /** Called for every record; implementations throttle their output. */
  void update(long records);

  @Override
  void close();

  /** Makes the progress of one file. */
  @FunctionalInterface
  interface Factory {
    Progress forFile(String name, long fileBytes, LongSupplier bytesRead);
  }

  /** Periodic log lines. */
  Factory LOG = LogProgress::new;
}
