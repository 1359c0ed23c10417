package org.pwckg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An in-process closed loop: {@code concurrency} threads each run one call after another over the
 * inputs (round robin) until the time is up; the latency of every call is kept for percentiles.
 */
final class ClosedLoop {
  /** Latencies of one run, in milliseconds. */
  record Timing(int concurrency, long calls, double seconds, double p50, double p99, double mean) {
    double throughput() {
      return calls / seconds;
    }
  }

  private ClosedLoop() {}

  static <T> Timing run(
      List<T> inputs, Consumer<T> call, int concurrency, Duration warmUp, Duration measure)
      throws InterruptedException {
    drive(inputs, call, concurrency, warmUp);
    long start = System.nanoTime();
    long[][] perThread = drive(inputs, call, concurrency, measure);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Timing(
        concurrency,
        all.length,
        seconds,
        ms(all, 0.50),
        ms(all, 0.99),
        Arrays.stream(all).average().orElse(0) / 1e6);
  }

  private static <T> long[][] drive(
      List<T> inputs, Consumer<T> call, int concurrency, Duration time)
      throws InterruptedException {
    long deadline = System.nanoTime() + time.toNanos();
    AtomicInteger next = new AtomicInteger();
    long[][] samples = new long[concurrency][];
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int me = t;
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    long[] mine = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                      T input = inputs.get(Math.floorMod(next.getAndIncrement(), inputs.size()));
                      long t0 = System.nanoTime();
                      call.accept(input);
                      if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                      mine[n++] = System.nanoTime() - t0;
                    }
                    samples[me] = Arrays.copyOf(mine, n);
                  }));
    }
    for (Thread t : threads) t.join();
    return samples;
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
  }
}
