package org.pwckg.ingest.report;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Without a terminal: a log line every ten seconds. */
final class LogProgress implements Progress {
  private static final Logger LOG = LoggerFactory.getLogger(LogProgress.class);
  private static final long EVERY_NANOS = 10_000_000_000L;

  private final String name;
  private final long fileBytes;
  private final LongSupplier bytesRead;
  private final long startNanos = System.nanoTime();
  private long lastNanos = startNanos;

  LogProgress(String name, long fileBytes, LongSupplier bytesRead) {
    this.name = name;
    this.fileBytes = fileBytes;
    this.bytesRead = bytesRead;
  }

  @Override
  public void update(long records) {
    long now = System.nanoTime();
    if (now - lastNanos < EVERY_NANOS) return;
    lastNanos = now;
    double seconds = (now - startNanos) / 1e9;
    double done = fileBytes == 0 ? 1 : Math.min(1.0, bytesRead.getAsLong() / (double) fileBytes);
    String eta = done <= 0 ? "?" : format(Duration.ofSeconds((long) (seconds * (1 - done) / done)));
    LOG.info(
        String.format(
            "%s: %,d records, %,.0f records/s, %.0f%% of the file, ETA %s",
            name, records, records / seconds, done * 100, eta));
  }

  private static String format(Duration d) {
    return d.toHours() > 0
        ? String.format("%dh%02dm", d.toHours(), d.toMinutesPart())
        : String.format("%dm%02ds", d.toMinutes(), d.toSecondsPart());
  }

  @Override
  public void close() {}
}
