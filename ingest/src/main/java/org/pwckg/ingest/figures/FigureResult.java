package org.pwckg.ingest.figures;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The outcome of a figures run: manifest lines read, figures written (distinct images among them),
 * lines skipped, figures kept without a paper, files new to the store, triples mapped, problems
 * reported, time and report file.
 */
public record FigureResult(
    long read,
    long written,
    long distinctImages,
    long skipped,
    long withoutPaper,
    long newFiles,
    long triples,
    int problems,
    Duration time,
    Path report) {

  public boolean partial() {
    return problems > 0;
  }

  public String summary() {
    return String.format(
        "Figures: %,d lines read, %,d figures written (%,d distinct images, %,d new files in the "
            + "store), %,d skipped, %,d without a paper in the graph; %,d triples; %.1f s",
        read,
        written,
        distinctImages,
        newFiles,
        skipped,
        withoutPaper,
        triples,
        time.toMillis() / 1000.0);
  }
}
