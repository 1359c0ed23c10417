package org.pwckg.ingest.report;

import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar over the bytes of the file (so the ETA holds for gzip'd files too). */
final class BarProgress implements Progress {
  private static final long MB = 1L << 20;

  private final ProgressBar bar;
  private final LongSupplier bytesRead;
  private final long startNanos = System.nanoTime();
  private long lastNanos;

  BarProgress(String name, long fileBytes, LongSupplier bytesRead) {
    this.bytesRead = bytesRead;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(name)
            .setInitialMax(Math.max(1, fileBytes))
            .setUnit("MB", MB)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .build();
  }

  @Override
  public void update(long records) {
    long now = System.nanoTime();
    if (now - lastNanos < 200_000_000L) return;
    lastNanos = now;
    bar.stepTo(bytesRead.getAsLong());
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    bar.setExtraMessage(String.format("%,d rec %,.0f/s", records, records / seconds));
  }

  @Override
  public void close() {
    bar.stepTo(bar.getMax());
    bar.close();
  }
}
