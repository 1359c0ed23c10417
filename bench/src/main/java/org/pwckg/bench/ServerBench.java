package org.pwckg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.server.PwckgServer;
import org.pwckg.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * pwc-kg's server against Apache Jena Fuseki (jena-fuseki-main) on the same TDB2 database, with the
 * same query mix at each concurrency: throughput, p50 and p99 per server, as a Markdown table for
 * BENCHMARKS.md. Also measures how long {@code pwckg serve} takes to answer after launch.
 */
@Command(name = "server-bench", mixinStandardHelpOptions = true)
public final class ServerBench implements Callable<Integer> {
  @Option(
      names = "--db",
      required = true,
      description = "TDB2 database (a copy: both servers open it)")
  Path database;

  @Option(names = "--concurrency", split = ",", defaultValue = "1,8,32")
  List<Integer> concurrency;

  @Option(
      names = "--seconds",
      defaultValue = "20",
      description = "Measured seconds per server and concurrency")
  int seconds;

  @Option(
      names = "--warmup",
      defaultValue = "10",
      description = "Warm-up seconds before each measurement")
  int warmup;

  @Option(
      names = "--launcher",
      description = "The ./pwckg launcher, to time `pwckg serve` from launch to first answer")
  Path launcher;

  @Option(
      names = "--cached-answers",
      description =
          "pwc-kg's answer cache size (default: the server's; 0 measures every answer computed afresh)")
  Long cachedAnswers;

  @Option(
      names = "--pages",
      description =
          "Also measure the website's HTML paper pages and leaderboards beside their JSON answers")
  boolean pages;

  // A plain flag: picocli's negatable --[no-]fuseki with default true toggled, so --no-fuseki kept
  // Fuseki in.
  @Option(names = "--no-fuseki", description = "Measure pwc-kg alone, without Fuseki")
  boolean noFuseki;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (launcher != null) {
      // The first start also leaves the launcher's class-data archive for `serve`, which later
      // starts map.
      System.out.printf(
          "pwckg serve: first answer %d ms after launch (first start)%n", launchToFirstAnswer());
      for (int i = 0; i < 3; i++)
        System.out.printf("pwckg serve: first answer %d ms after launch%n", launchToFirstAnswer());
    }
    Dataset dataset = DatasetFactory.wrap(TdbDatabase.openExisting(database));
    QueryMix mix = new QueryMix(dataset, Namespaces.DEFAULT_BASE);
    ServerConfig config =
        ServerConfig.of(database)
            .withPort(0)
            .withMaxRows(1_000_000)
            .withDumps(Path.of(System.getProperty("java.io.tmpdir"), "pwckg-bench-dumps"));
    if (cachedAnswers != null) config = config.withCachedAnswers(cachedAnswers);
    String name =
        cachedAnswers != null && cachedAnswers == 0 ? "pwc-kg (no answer cache)" : "pwc-kg";
    long t0 = System.nanoTime();
    List<String> rows = new ArrayList<>();
    try (PwckgServer pwckg = PwckgServer.start(config)) {
      System.out.printf(
          "pwc-kg server started in-process in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
      // VoID statistics are counted in the background after start; let that finish before
      // measuring.
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pwckg.port() + "/void"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      System.out.printf(
          "VoID statistics ready %d ms after start%n", (System.nanoTime() - t0) / 1_000_000);
      FusekiServer server =
          FusekiServer.create().loopback(true).port(0).add("/ds", dataset).build().start();
      try {
        LoadRunner runner = new LoadRunner();
        for (int c : concurrency) {
          rows.add(
              row(
                  name,
                  runner.run(
                      mix.pwckg("http://127.0.0.1:" + pwckg.port() + "/", pages),
                      c,
                      secs(warmup),
                      secs(seconds))));
          if (!noFuseki) {
            rows.add(
                row(
                    "Fuseki",
                    runner.run(
                        mix.fuseki("http://127.0.0.1:" + server.getPort() + "/ds/query"),
                        c,
                        secs(warmup),
                        secs(seconds))));
          }
        }
      } finally {
        server.stop();
      }
    }
    System.out.println(
        "| server | concurrency | units/s | p50 ms | p99 ms | units | errors | p50 / p99 ms by kind |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
    rows.forEach(System.out::println);
    return 0;
  }

  private static String row(String server, LoadRunner.Result r) {
    StringBuilder kinds = new StringBuilder();
    r.byKind()
        .forEach(
            (kind, l) ->
                kinds.append(
                    String.format(Locale.ROOT, "%s %.1f / %.1f; ", kind, l.p50(), l.p99())));
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %d | %.1f | %.2f | %.2f | %d | %d | %s |",
            server,
            r.concurrency(),
            r.throughput(),
            r.all().p50(),
            r.all().p99(),
            r.units(),
            r.errors(),
            kinds.toString().strip());
    System.err.println(line);
    return line;
  }

  private static Duration secs(int s) {
    return Duration.ofSeconds(s);
  }

  /** Launches {@code pwckg serve} and polls until the API answers. */
  private long launchToFirstAnswer() throws IOException, InterruptedException {
    int port = 18000 + (int) (ProcessHandle.current().pid() % 1000);
    Process p =
        new ProcessBuilder(
                launcher.toString(),
                "serve",
                "--db",
                database.toString(),
                "--port",
                Integer.toString(port))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long start = System.nanoTime();
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest areas =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/areas")).build();
    try {
      while (System.nanoTime() - start < Duration.ofMinutes(2).toNanos()) {
        try {
          if (client.send(areas, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
            return (System.nanoTime() - start) / 1_000_000;
        } catch (IOException notYet) {
          Thread.sleep(20);
        }
      }
      throw new IllegalStateException("pwckg serve did not answer within 2 minutes");
    } finally {
      p.destroy();
      p.waitFor();
    }
  }
}
