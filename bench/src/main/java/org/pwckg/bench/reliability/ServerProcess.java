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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code pwckg serve} in a process of its own, from the jar this harness runs from (the bench jar
 * holds the CLI): what it uses (RSS, threads, open files) is the server's alone, and the harness
 * talks to it over loopback only. Its log goes to a file beside the database.
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
   * Starts the server on {@code db} with SPARQL Update and live ingest on (their tokens above),
   * LOAD allowed from {@code loadSource} only, and waits until {@code /ready} answers.
   */
  static ServerProcess start(Path db, String heap, Path loadSource, List<String> extraArgs)
      throws IOException, InterruptedException {
    int port = freePort();
    Path adminToken = Files.writeString(db.resolveSibling("admin-token"), ADMIN_TOKEN);
    Path log = db.resolveSibling("server.log");
    // The whole heap committed and touched at start: RSS then grows only with what lies beyond it
    // (threads, native memory, mapped files), not as the collector first touches its regions. A
    // heap that grows is seen by liveHeapKiB().
    List<String> command =
        new ArrayList<>(java("-Xmx" + heap, "-Xms" + heap, "-XX:+AlwaysPreTouch"));
    command.addAll(
        List.of(
            "serve",
            "--db",
            db.toString(),
            "--port",
            Integer.toString(port),
            "--admin-token-file",
            adminToken.toString(),
            "--allow-load",
            loadSource.toUri().toString()));
    command.addAll(extraArgs);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("PWCKG_UPDATE_TOKEN", UPDATE_TOKEN);
    Process process = builder.start();
    // A harness stopped by a signal runs no finally block: the server must not outlive it.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    ServerProcess server = new ServerProcess(process, port, log);
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
   * Runs a {@code pwckg} command to its end in a process of its own (output to the log); exit 2
   * (data problems reported, records kept) counts as done: the real slices have a few bad values.
   */
  static void run(Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(java("-Xmx2g"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (p.waitFor() != 0 && p.exitValue() != 2)
      throw new IllegalStateException("pwckg " + args[0] + " failed (exit " + p.exitValue() + ")");
  }

  private static List<String> java(String... heap) {
    List<String> command = new ArrayList<>(List.of(tool("java")));
    command.addAll(List.of(heap));
    command.addAll(
        List.of(
            "--add-modules",
            "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            "-Dai.djl.offline=true",
            "-cp",
            System.getProperty("java.class.path"),
            "org.pwckg.cli.Main"));
    return command;
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

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
