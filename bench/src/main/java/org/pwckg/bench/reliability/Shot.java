package org.pwckg.bench.reliability;

import java.io.IOException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One hostile request: how to send it (it may hold its connection until {@code deadline}, a {@code
 * System.nanoTime()}), and which answers are the ones the server owes it.
 */
record Shot(String what, Sender sender, Predicate<Answer> expected) {
  @FunctionalInterface
  interface Sender {
    Answer send(long deadline) throws IOException, InterruptedException;
  }

  /** A shot whose expected answers are {@code statuses}, well formed, leaking no secret. */
  static Shot of(String what, Sender sender, Set<Integer> statuses) {
    return new Shot(what, sender, a -> statuses.contains(a.status()) && a.wellFormed(Secrets.ALL));
  }
}
