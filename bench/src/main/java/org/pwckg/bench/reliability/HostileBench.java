package org.pwckg.bench.reliability;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.pwckg.bench.LoadRunner;
import org.pwckg.bench.QueryMix;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Each hostile request class of issue 12 against a real {@code pwckg serve} process while the
 * normal mix (paper pages, leaderboards, task list, a typical SELECT) goes on: what the attack got
 * back, whether any answer broke the contract (a 5xx, an error that is not JSON, a leaked file),
 * the normal requests' p50 and p99 during the attack against a baseline, and whether the server is
 * still healthy after it. Prints a Markdown table for BENCHMARKS.md.
 */
@Command(name = "hostile-bench", mixinStandardHelpOptions = true)
public final class HostileBench implements Callable<Integer> {
  @Option(names = "--launcher", defaultValue = "pwckg", description = "The ./pwckg launcher")
  Path launcher;

  @Option(names = "--db", description = "Database to copy (default: testdata/pwc ingested)")
  Path database;

  @Option(
      names = "--slices",
      defaultValue = "testdata/pwc",
      description = "Dump files to ingest when no --db")
  Path slices;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      description = "Seconds each attack (and the baseline) runs")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "15",
      description = "Warm-up seconds before the baseline")
  int warmup;

  @Option(names = "--clients", defaultValue = "4", description = "Clients sending the normal mix")
  int clients;

  @Option(names = "--flood", defaultValue = "60", description = "Extra clients of the flood class")
  int flood;

  @Option(names = "--only", description = "Run only the classes whose name contains this text")
  String only;

  @Option(
      names = "--server-heap",
      defaultValue = "2g",
      description = "The server's -Xmx (the launcher's default)")
  String heap;

  public static void main(String[] args) {
    System.exit(new CommandLine(new HostileBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    List<String> rows = new ArrayList<>();
    boolean clean;
    try (Workspace w = Workspace.create(launcher, database, slices);
        Outbound outbound = new Outbound()) {
      QueryMix mix = w.normalMix();
      try (ServerProcess server = ServerProcess.withUpdates(w.pwckg, w.db, heap, w.loadSource)) {
        List<LoadRunner.Unit> normal = mix.pwckg(server.origin(), false);
        Requests req = new Requests(new RawHttp(server.port()));
        LoadRunner runner = new LoadRunner();
        LoadRunner.Result base = runner.run(normal, clients, secs(warmup), secs(seconds));
        rows.add(row("none (baseline)", 0, null, base, null, server));
        List<Attack> attacks =
            new ArrayList<>(
                new HostileClasses(req, w.secret, w.loadSource, outbound.port())
                    .all(server.port()));
        attacks.add(new Attack(flood + " more clients of the normal mix", flood, flood(normal)));
        long unexpected = 0;
        for (Attack attack : attacks) {
          if (only != null && !attack.name().contains(only)) continue;
          Phase p = phase(runner, normal, attack, server);
          unexpected += p.tally.unexpected();
          rows.add(row(attack.name(), attack.attackers(), p.tally, p.normal, p.peak, server));
          p.tally
              .examples()
              .forEach(e -> System.err.println("unexpected: " + attack.name() + ": " + e));
        }
        rows.add(
            row(
                "none (after the attacks)",
                0,
                null,
                runner.run(normal, clients, Duration.ZERO, secs(seconds)),
                null,
                server));
        List<String> broken = Integrity.violations(req);
        broken.forEach(b -> System.err.println("integrity: " + b));
        ServerLog log = ServerLog.read(server.log());
        System.out.printf(
            "Graph intact: %s; requests the server made to the loopback listener: %d; server log: %s%n",
            broken.isEmpty() ? "yes" : "NO (" + broken.size() + ")", outbound.requests(), log);
        clean = unexpected == 0 && broken.isEmpty() && outbound.requests() == 0 && server.alive();
      }
    }
    System.out.println(
        "| hostile class | attackers | attack requests | answers | unexpected | normal p50 / p99 ms | normal errors | server threads / fds, peak | /health, /ready after |");
    System.out.println("|---|---:|---:|---|---:|---:|---:|---:|---|");
    rows.forEach(System.out::println);
    return clean ? 0 : 1;
  }

  private record Phase(Tally tally, LoadRunner.Result normal, Peak peak) {}

  /** The most threads and open descriptors the server had during a phase, sampled each second. */
  private static final class Peak {
    volatile long threads;
    volatile long fds;

    void sample(ServerProcess server) {
      try {
        Map<String, Long> u = server.usage();
        threads = Math.max(threads, u.get("threads"));
        fds = Math.max(fds, u.get("fds"));
      } catch (IOException gone) {
        // the server exited: the health columns say so
      }
    }

    @Override
    public String toString() {
      return threads + " / " + fds;
    }
  }

  /** The attack and the normal mix side by side for the same seconds. */
  private Phase phase(
      LoadRunner runner, List<LoadRunner.Unit> normal, Attack attack, ServerProcess server)
      throws Exception {
    System.err.printf(
        "attack: %s (%d attackers, %d s)%n", attack.name(), attack.attackers(), seconds);
    AtomicReference<Tally> tally = new AtomicReference<>();
    Thread attacking =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    tally.set(Attacker.run(attack, secs(seconds)));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    Peak peak = new Peak();
    Thread sampling =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (attacking.isAlive()) {
                    peak.sample(server);
                    try {
                      Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
    LoadRunner.Result during = runner.run(normal, clients, Duration.ZERO, secs(seconds));
    attacking.join();
    sampling.join();
    return new Phase(tally.get(), during, peak);
  }

  /** The flood class: the normal mix's own requests, from many more clients. */
  private static List<Shot> flood(List<LoadRunner.Unit> normal) {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return normal.stream()
        .map(
            u ->
                new Shot(
                    u.name(),
                    d -> {
                      Answer last = null;
                      for (HttpRequest r : u.requests()) {
                        HttpResponse<Void> a =
                            client.send(r, HttpResponse.BodyHandlers.discarding());
                        last =
                            Answer.of(
                                a.statusCode(), a.headers().firstValue("Content-Type").orElse(""));
                      }
                      return last;
                    },
                    a -> a.status() == 200))
        .toList();
  }

  private static String row(
      String name,
      int attackers,
      Tally t,
      LoadRunner.Result during,
      Peak peak,
      ServerProcess server) {
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %s | %.1f / %.1f | %d of %d | %s | %d, %d |",
            name,
            t == null ? "–" : Integer.toString(attackers),
            t == null ? "–" : Long.toString(t.sent()),
            t == null ? "–" : t.statuses(),
            t == null ? "–" : Long.toString(t.unexpected()),
            during.all().p50(),
            during.all().p99(),
            during.errors(),
            during.units(),
            peak == null ? "–" : peak.toString(),
            server.status("/health"),
            server.status("/ready"));
    System.err.println(line);
    return line;
  }

  private static Duration secs(int s) {
    return Duration.ofSeconds(s);
  }
}
