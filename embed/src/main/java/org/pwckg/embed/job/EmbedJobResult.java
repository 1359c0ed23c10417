package org.pwckg.embed.job;

import java.time.Duration;

/** What one run did: documents read, embedded, skipped as unchanged; tokens through the model. */
public record EmbedJobResult(
    long read, long embedded, long skipped, long tokens, Duration elapsed) {

  public double docsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds == 0 ? 0 : embedded / seconds;
  }
}
