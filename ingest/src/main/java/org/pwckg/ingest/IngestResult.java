package org.pwckg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The outcome of a run: per-file summaries, the triples now in the database, time, problems. */
public record IngestResult(
    List<FileSummary> files,
    long triplesInDatabase,
    Duration time,
    int problems,
    boolean bulkLoaded,
    Path report) {

  /** True when something was skipped or broken: the run wrote a partial graph. */
  public boolean partial() {
    return problems > 0;
  }

  public long recordsRead() {
    return files.stream().mapToLong(FileSummary::read).sum();
  }

  public long recordsWritten() {
    return files.stream().mapToLong(FileSummary::written).sum();
  }

  public long recordsSkipped() {
    return files.stream().mapToLong(FileSummary::skipped).sum();
  }

  public long triplesMapped() {
    return files.stream().mapToLong(FileSummary::triples).sum();
  }

  public String summary() {
    double seconds = Math.max(time.toMillis(), 1) / 1000.0;
    return String.format(
        "Total: %,d records read, %,d written, %,d skipped, %,d problems; %,d triples mapped, "
            + "%,d triples in the database; %.1f s (%,.0f triples mapped/s, %s)",
        recordsRead(),
        recordsWritten(),
        recordsSkipped(),
        problems,
        triplesMapped(),
        triplesInDatabase,
        seconds,
        triplesMapped() / seconds,
        bulkLoaded ? "bulk load" : "update");
  }
}
