package org.pwckg.cli;

import java.io.Console;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.pwckg.embed.job.ProgressListener;
import org.pwckg.ingest.report.Progress;

/**
 * The progress bars of the command line: the libraries report through their listeners ({@link
 * Progress}, {@link ProgressListener}); only here are they drawn, with one library.
 */
final class TerminalProgress {
  private static final long MB = 1L << 20;

  private TerminalProgress() {}

  /** A bar per dump file on a terminal, over its bytes (the ETA holds for gzip'd files too). */
  static Progress.Factory files() {
    return interactive() ? FileBar::new : Progress.LOG;
  }

  /** A bar over the documents to embed, counting skipped ones as done. */
  static ProgressListener embedding() {
    return new EmbedBar();
  }

  private static ProgressBar bar(String name, long max, String unit, long unitSize) {
    return new ProgressBarBuilder()
        .setTaskName(name)
        .setInitialMax(max)
        .setUnit(unit, unitSize)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
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

  private static final class FileBar implements Progress {
    private final ProgressBar bar;
    private final LongSupplier bytesRead;
    private final long startNanos = System.nanoTime();
    private long lastNanos;

    FileBar(String name, long fileBytes, LongSupplier bytesRead) {
      this.bytesRead = bytesRead;
      this.bar = bar(name, Math.max(1, fileBytes), "MB", MB);
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

  private static final class EmbedBar implements ProgressListener {
    private volatile ProgressBar bar;

    @Override
    public synchronized void start(long expected) {
      bar = bar("Embedding", expected, " docs", 1);
    }

    @Override
    public void skipped(int docs) {
      bar.stepBy(docs);
    }

    @Override
    public void embedded(int docs) {
      bar.stepBy(docs);
    }

    @Override
    public synchronized void close() {
      if (bar != null) bar.close();
    }
  }
}
