package org.pwckg.server.sparql.eval;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that stops a regular expression when its query is cancelled. {@code java.util.regex}
 * backtracks without ever looking at the query's timeout ({@code (.*a){12}x$} kept a core busy for
 * minutes under a 10 s limit), but it reads its input through {@link #charAt}, so that is where the
 * cancellation can reach it.
 */
final class CancellableText implements CharSequence {
  /**
   * Reading an AtomicBoolean on every character would slow ordinary matches; every 4096th is
   * enough.
   */
  private static final int CHECK_EVERY = 4096;

  private final String text;
  private final AtomicBoolean cancelled;
  private int reads;

  CancellableText(String text, AtomicBoolean cancelled) {
    this.text = text;
    this.cancelled = cancelled;
  }

  @Override
  public char charAt(int index) {
    if (++reads % CHECK_EVERY == 0 && cancelled.get()) throw new QueryCancelledException();
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new CancellableText(text.substring(start, end), cancelled);
  }

  @Override
  public String toString() {
    return text;
  }
}
