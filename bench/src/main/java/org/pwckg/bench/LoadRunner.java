package org.pwckg.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code concurrency} workers each send one unit of work after another (a
 * unit is the requests that produce one answer: one API call, or the SPARQL queries the same
 * answer needs) until the time is up, recording each unit's latency.
 */
final class LoadRunner {
  /** A unit of work: requests sent one after the other. */
  record Unit(String name, List<HttpRequest> requests) {}

  /** What one run measured. */
  record Result(int concurrency, long units, long errors, double seconds, double p50Millis, double p99Millis) {
    double throughput() {
      return units / seconds;
    }
  }

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  Result run(List<Unit> units, int concurrency, Duration warmUp, Duration measure) throws InterruptedException {
    drive(units, concurrency, warmUp, null);
    List<long[]> latencies = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long count = drive(units, concurrency, measure, new Recorder(latencies, errors));
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
    return new Result(concurrency, count, errors.get(), seconds, percentile(all, 0.50), percentile(all, 0.99));
  }

  private record Recorder(List<long[]> latencies, AtomicLong errors) {}

  private long drive(List<Unit> units, int concurrency, Duration time, Recorder recorder) throws InterruptedException {
    long deadline = System.nanoTime() + time.toNanos();
    AtomicLong done = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      long[] mine = new long[1 << 20];
      if (recorder != null) synchronized (recorder.latencies()) { recorder.latencies().add(mine); }
      workers.add(Thread.ofPlatform().start(() -> {
        int n = 0;
        while (System.nanoTime() < deadline && n < mine.length) {
          Unit unit = units.get(ThreadLocalRandom.current().nextInt(units.size()));
          long t0 = System.nanoTime();
          boolean ok = send(unit);
          if (recorder != null) {
            if (ok) mine[n++] = System.nanoTime() - t0;
            else recorder.errors().incrementAndGet();
          }
          done.incrementAndGet();
        }
      }));
    }
    for (Thread t : workers) t.join();
    return done.get();
  }

  private boolean send(Unit unit) {
    try {
      for (HttpRequest r : unit.requests()) {
        HttpResponse<byte[]> response = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) return false;
      }
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
