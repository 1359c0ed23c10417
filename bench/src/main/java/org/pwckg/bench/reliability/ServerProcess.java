package org.pwckg.bench.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code pwckg serve} in a process of its own, started by the {@code ./pwckg} launcher like a
 * user's, on a free loopback port: what it uses (RSS, threads, open files) is the server's alone,
 * and the harness talks to it over loopback only. Its output goes to the launcher's log folder.
 */
final class ServerProcess implements AutoCloseable {
  static final String UPDATE_TOKEN = "reliability-update-token";
  static final String ADMIN_TOKEN = "reliability-admin-token";
  private static final Pattern HISTOGRAM_TOTAL =
      Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
  private static final Pattern STATUS_LINE = Pattern.compile("^(VmRSS|RssFile|Threads):\\s+(\\d+)");

  private static final Map<String, String> KEYS =
      Map.of("VmRSS", "rssKiB", "RssFile", "rssFileKiB", "Threads", "threads");

  private final Process process;
  private final int port;
  private final Path log;

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * {@code pwckg serve --db DB --port P ARGS…} with {@code env} (see {@link Pwckg#start}), once
   * {@code /ready} answers.
   */
  static ServerProcess start(
      Pwckg pwckg, Path db, String tag, Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command =
        new ArrayList<>(List.of("serve", "--db", db.toString(), "--port", Integer.toString(port)));
    command.addAll(args);
    Process process = pwckg.start(tag, command, env);
    // A harness stopped by a signal runs no finally block: the server must not outlive it.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    ServerProcess server = new ServerProcess(process, port, pwckg.log(tag));
    try {
      // Minutes, not seconds: on a machine other builds load, the server's start is slow.
      server.awaitReady(Duration.ofMinutes(10));
    } catch (RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /**
   * The server as the soak and the hostile probes want it: SPARQL Update and live ingest on (their
   * tokens above), LOAD allowed from {@code loadSource} only, and a {@code heap} that is committed
   * and touched at start, so that RSS grows only with what lies beyond it (threads, native memory,
   * mapped files), not as the collector first touches its regions.
   */
  static ServerProcess withUpdates(Pwckg pwckg, Path db, String heap, Path loadSource)
      throws IOException, InterruptedException {
    Path adminToken = Files.writeString(db.resolveSibling("admin-token"), ADMIN_TOKEN);
    return start(
        pwckg,
        db,
        "server",
        Map.of(
            "PWCKG_HEAP",
            "-Xmx" + heap + " -Xms" + heap + " -XX:+AlwaysPreTouch",
            "PWCKG_UPDATE_TOKEN",
            UPDATE_TOKEN),
        List.of(
            "--admin-token-file",
            adminToken.toString(),
            "--allow-load",
            loadSource.toUri().toString()));
  }

  private static String tool(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  /**
   * The bytes of the server's live objects (jcmd GC.class_histogram, which collects the heap
   * first): what a leak makes grow, whatever the collector's sawtooth. GC.heap_info after GC.run
   * was no measure: it counts what the server allocated between the two commands.
   */
  long liveHeapKiB() throws IOException, InterruptedException {
    Matcher m = HISTOGRAM_TOTAL.matcher(jcmd("GC.class_histogram"));
    if (!m.find()) throw new IllegalStateException("jcmd GC.class_histogram printed no total");
    return Long.parseLong(m.group(1)) / 1024;
  }

  private String jcmd(String what) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(tool("jcmd"), Long.toString(pid()), what)
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  Path log() {
    return log;
  }

  String origin() {
    return "http://127.0.0.1:" + port + "/";
  }

  /** The origin without its final slash, for {@code --server}. */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  boolean alive() {
    return process.isAlive();
  }

  /**
   * From {@code /proc/<pid>/status}: VmRSS and the part of it that maps files (TDB2's, the jar's)
   * in KiB, and the thread count; and the open descriptors.
   */
  Map<String, Long> usage() throws IOException {
    Map<String, Long> usage = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      Matcher m = STATUS_LINE.matcher(line);
      if (m.find()) usage.put(KEYS.get(m.group(1)), Long.parseLong(m.group(2)));
    }
    try (Stream<Path> s = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
      usage.put("fds", s.count());
    }
    return usage;
  }

  /** The status {@code path} answers with now, or -1 when the server does not answer. */
  int status(String path) {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest r =
          HttpRequest.newBuilder(URI.create(origin() + path.substring(1)))
              .timeout(Duration.ofSeconds(30))
              .build();
      return client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void awaitReady(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive())
        throw new IllegalStateException("pwckg serve exited; its log: " + log);
      if (status("/ready") == 200) return;
      Thread.sleep(250);
    }
    throw new IllegalStateException("pwckg serve was not ready within " + limit + "; log: " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** SIGKILL: the server gets no chance to close anything. */
  void kill() throws InterruptedException {
    Pwckg.kill(process);
  }

  /** A clean stop (SIGTERM: the server closes the database); SIGKILL if it hangs. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
  }
}
