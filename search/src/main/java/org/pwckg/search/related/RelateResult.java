package org.pwckg.search.related;

import java.time.Duration;

/**
 * What {@code pwckg relate} did: the papers it related and the links it wrote, or that it skipped
 * the run because neither papers nor vectors changed since the links were written.
 */
public record RelateResult(boolean skipped, long papers, long links, String model, Duration time) {
  public String summary() {
    if (skipped)
      return "Related-paper links are up to date (papers and vectors unchanged); nothing written";
    return String.format(
        "Related-paper links: %,d links for %,d papers (%s) in %.1f s",
        links,
        papers,
        model == null ? "graph signals only, no embeddings" : model,
        time.toMillis() / 1000.0);
  }
}
