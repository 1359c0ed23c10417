package org.pwckg.generate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/** Sums the progress of a file's parts, written on several threads, for the listener. */
final class Progress {
  private final GenerateListener listener;
  private final Map<String, AtomicLong> done = new ConcurrentHashMap<>();

  Progress(GenerateListener listener) {
    this.listener = listener;
  }

  /** A counter for {@code file}, shared by all its parts: each call adds that many items done. */
  IntConsumer file(String file, long total) {
    AtomicLong counter = done.computeIfAbsent(file, f -> new AtomicLong());
    return n -> listener.progress(file, counter.addAndGet(n), total);
  }
}
