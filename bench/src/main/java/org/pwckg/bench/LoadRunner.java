package org.pwckg.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code concurrency} workers each send one unit of work after another (a unit
 * is the requests that produce one answer: one API call, or the SPARQL queries the same answer
 * needs) until the time is up, recording each unit's latency by kind.
 */
public final class LoadRunner {
  /** A unit of work: requests sent one after the other. */
  public record Unit(String name, List<HttpRequest> requests) {}

  /** Latency percentiles of one kind of unit, in milliseconds. */
  public record Latency(long count, double p50, double p99) {}

  /** What one run measured. */
  public record Result(
      int concurrency,
      long units,
      long errors,
      double seconds,
      Latency all,
      Map<String, Latency> byKind) {
    public double throughput() {
      return units / seconds;
    }
  }

  /** One worker's latencies, by kind of unit. */
  private static final class Samples {
    final Map<String, long[]> values = new HashMap<>();
    final Map<String, Integer> counts = new HashMap<>();

    void add(String kind, long nanos) {
      long[] v = values.computeIfAbsent(kind, k -> new long[1024]);
      int n = counts.getOrDefault(kind, 0);
      if (n == v.length) values.put(kind, v = Arrays.copyOf(v, n * 2));
      v[n] = nanos;
      counts.put(kind, n + 1);
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public Result run(List<Unit> units, int concurrency, Duration warmUp, Duration measure)
      throws InterruptedException {
    drive(units, concurrency, warmUp, new ArrayList<>(), new AtomicLong());
    List<Samples> samples = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long count = drive(units, concurrency, measure, samples, errors);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Latency> byKind = new TreeMap<>();
    List<long[]> everything = new ArrayList<>();
    units.stream()
        .map(Unit::name)
        .distinct()
        .forEach(
            kind -> {
              long[] all =
                  samples.stream()
                      .flatMapToLong(
                          s ->
                              Arrays.stream(
                                  s.values.getOrDefault(kind, new long[0]),
                                  0,
                                  s.counts.getOrDefault(kind, 0)))
                      .sorted()
                      .toArray();
              everything.add(all);
              byKind.put(kind, latency(all));
            });
    long[] all = everything.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(concurrency, count, errors.get(), seconds, latency(all), byKind);
  }

  private long drive(
      List<Unit> units, int concurrency, Duration time, List<Samples> samples, AtomicLong errors)
      throws InterruptedException {
    long deadline = System.nanoTime() + time.toNanos();
    AtomicLong done = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < concurrency; w++) {
      Samples mine = new Samples();
      samples.add(mine);
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (System.nanoTime() < deadline) {
                      Unit unit = units.get(ThreadLocalRandom.current().nextInt(units.size()));
                      long t0 = System.nanoTime();
                      if (send(unit)) mine.add(unit.name(), System.nanoTime() - t0);
                      else errors.incrementAndGet();
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

  private static Latency latency(long[] sorted) {
    return new Latency(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99));
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
