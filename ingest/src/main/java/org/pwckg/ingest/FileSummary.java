package org.pwckg.ingest;

import java.time.Duration;
import java.time.Instant;
import org.pwckg.ingest.dump.DumpKind;

/**
 * What one dump file gave: records read, written and skipped; leaderboard rows skipped and bad
 * optional values left out of records that were kept; empty leaderboard cells (no value, not
 * errors); triples mapped; whether the file broke off; and the time taken.
 */
public record FileSummary(
    String file,
    DumpKind kind,
    long read,
    long written,
    long skipped,
    long rowsSkipped,
    long valuesDropped,
    long emptyValues,
    long triples,
    boolean broken,
    String sha256,
    Instant started,
    Duration time) {

  public String line() {
    return String.format(
        "%s: %,d records read, %,d written, %,d skipped%s%s%s, %,d triples, %.1f s%s",
        file,
        read,
        written,
        skipped,
        rowsSkipped == 0 ? "" : String.format(", %,d rows skipped", rowsSkipped),
        valuesDropped == 0 ? "" : String.format(", %,d bad values left out", valuesDropped),
        emptyValues == 0 ? "" : String.format(", %,d empty cells", emptyValues),
        triples,
        time.toMillis() / 1000.0,
        broken ? ", file broken off (see report)" : "");
  }
}
