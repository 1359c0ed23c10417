package org.pwckg.bench.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pwckg.bench.LoadRunner;
import org.pwckg.bench.QueryMix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A long run of the normal mix against a {@code pwckg serve} process, with a trickle of hostile
 * requests and a SPARQL Update every few seconds, sampling the server's RSS, threads and open
 * descriptors: flat means no upward trend after the warm-up ({@link Trend}). Prints the samples and
 * the verdict as Markdown for BENCHMARKS.md; exits 1 when a series grows or the server stops
 * answering.
 */
@Command(name = "soak-bench", mixinStandardHelpOptions = true)
public final class SoakBench implements Callable<Integer> {
  @Option(names = "--launcher", defaultValue = "pwckg", description = "The ./pwckg launcher")
  Path launcher;

  @Option(names = "--db", description = "Database to copy (default: testdata/pwc ingested)")
  Path database;

  @Option(
      names = "--slices",
      defaultValue = "testdata/pwc",
      description = "Dump files to ingest when no --db")
  Path slices;

  @Option(names = "--minutes", defaultValue = "30", description = "Length of the soak")
  int minutes;

  @Option(
      names = "--warmup-minutes",
      defaultValue = "5",
      description = "Samples left out of the verdict")
  double warmupMinutes;

  @Option(names = "--workers", defaultValue = "2", description = "Clients sending the normal mix")
  int workers;

  @Option(names = "--sample-seconds", defaultValue = "20", description = "Seconds between samples")
  int sampleSeconds;

  @Option(
      names = "--hostile-every",
      defaultValue = "10",
      description = "Seconds between hostile requests")
  int hostileEvery;

  @Option(
      names = "--update-every",
      defaultValue = "10",
      description = "Seconds between SPARQL Updates")
  int updateEvery;

  @Option(
      names = "--heap-every",
      defaultValue = "3",
      description = "Samples between live-heap measurements (each a full GC)")
  int heapEvery;

  @Option(
      names = "--tolerance",
      defaultValue = "0.10",
      description = "Rise allowed, last third vs first")
  double tolerance;

  @Option(
      names = "--table-minutes",
      defaultValue = "2",
      description = "Minutes between the printed rows")
  int tableMinutes;

  @Option(
      names = "--server-heap",
      defaultValue = "2g",
      description = "The server's -Xmx (the launcher's default)")
  String heap;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SoakBench()).execute(args));
  }

  /**
   * One sample: when, the server's usage (and its live heap, every few samples), and the normal
   * mix's answers since the last.
   */
  record Sample(double seconds, Map<String, Long> usage, LoadRunner.Result load) {}

  private static final List<String> SERIES = List.of("rssKiB", "threads", "fds", "liveHeapKiB");

  @Override
  public Integer call() throws Exception {
    List<Sample> samples = new ArrayList<>();
    Trickle trickle;
    boolean alive;
    try (Workspace w = Workspace.create(launcher, database, slices);
        Outbound outbound = new Outbound()) {
      QueryMix mix = w.normalMix();
      try (ServerProcess server = ServerProcess.withUpdates(w.pwckg, w.db, heap, w.loadSource)) {
        List<LoadRunner.Unit> normal = mix.pwckg(server.origin(), false);
        Requests req = new Requests(new RawHttp(server.port()));
        List<Attack> hostile =
            new HostileClasses(req, w.secret, w.loadSource, outbound.port()).requests();
        LoadRunner runner = new LoadRunner();
        long start = System.nanoTime();
        long end = start + Duration.ofMinutes(minutes).toNanos();
        try (Trickle t = Trickle.start(req, hostile, hostileEvery, updateEvery)) {
          trickle = t;
          while (System.nanoTime() < end && server.alive()) {
            LoadRunner.Result load =
                runner.run(normal, workers, Duration.ZERO, Duration.ofSeconds(sampleSeconds));
            Map<String, Long> usage = new HashMap<>(server.usage());
            if (samples.size() % heapEvery == 0) usage.put("liveHeapKiB", server.liveHeapKiB());
            Sample s = new Sample((System.nanoTime() - start) / 1e9, usage, load);
            samples.add(s);
            System.err.println(row(s));
          }
        }
        alive = server.alive() && server.status("/ready") == 200;
        System.out.printf(
            "Server answering at the end: %s; integrity: %s; requests to the loopback listener: %d; server log: %s%n",
            alive,
            Integrity.violations(req).isEmpty() ? "intact" : "BROKEN",
            outbound.requests(),
            ServerLog.read(server.log()));
      }
    }
    System.out.println(
        "| minute | RSS MiB (of it mapped files) | live heap MiB | threads | open fds | normal units/s | p50 ms | p99 ms | errors |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    double nextRow = 0;
    for (Sample s : samples)
      if (s.seconds() >= nextRow && s.usage().containsKey("liveHeapKiB")
          || s == samples.getLast()) {
        System.out.println(row(s));
        nextRow = s.seconds() + tableMinutes * 60 - sampleSeconds / 2.0;
      }
    System.out.println(trickle.summary());
    boolean flat = verdict(samples);
    return flat && alive ? 0 : 1;
  }

  private boolean verdict(List<Sample> samples) {
    double warmup = Math.min(warmupMinutes * 60, samples.getLast().seconds() / 3);
    boolean flat = true;
    for (String series : SERIES) {
      List<Sample> with = samples.stream().filter(s -> s.usage().containsKey(series)).toList();
      double[] t = with.stream().mapToDouble(Sample::seconds).toArray();
      double[] v = with.stream().mapToDouble(s -> s.usage().get(series)).toArray();
      if (with.stream().filter(x -> x.seconds() >= warmup).count() < 3) {
        System.out.printf("%s: too few samples after the warm-up for a verdict%n", series);
        flat = false;
        continue;
      }
      Trend trend = Trend.of(t, v, warmup);
      double floor = series.endsWith("KiB") ? 0 : 2;
      boolean ok = trend.flat(tolerance, floor);
      flat &= ok;
      System.out.printf(
          Locale.ROOT,
          "%s after %.0f s warm-up: median of the first third %.1f, of the last third %.1f (%+.1f%%), slope %+.1f/h: %s%n",
          series,
          warmup,
          trend.firstMedian(),
          trend.lastMedian(),
          trend.change() * 100,
          trend.slopePerHour(),
          ok ? "flat" : "GROWS");
    }
    return flat;
  }

  private static String row(Sample s) {
    LoadRunner.Result r = s.load();
    return String.format(
        Locale.ROOT,
        "| %.1f | %.0f (%.0f) | %s | %d | %d | %.1f | %.1f | %.1f | %d |",
        s.seconds() / 60,
        s.usage().get("rssKiB") / 1024.0,
        s.usage().get("rssFileKiB") / 1024.0,
        s.usage().containsKey("liveHeapKiB")
            ? String.format(Locale.ROOT, "%.0f", s.usage().get("liveHeapKiB") / 1024.0)
            : "–",
        s.usage().get("threads"),
        s.usage().get("fds"),
        r.throughput(),
        r.all().p50(),
        r.all().p99(),
        r.errors());
  }
}
