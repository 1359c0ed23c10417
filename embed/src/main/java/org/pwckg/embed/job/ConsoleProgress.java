package org.pwckg.embed.job;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, counting skipped documents as done. */
public final class ConsoleProgress implements ProgressListener {
  private volatile ProgressBar bar;

  @Override
  public synchronized void start(long expected) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("Embedding")
            .setInitialMax(expected)
            .setUnit(" docs", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
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
