package org.pwckg.bench.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@code pwckg serve} child process on a free loopback port, answering once started. */
final class Served implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final Process process;
  final int port;

  private Served(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static Served start(Pwckg pwckg, Path db, String tag, String... extra)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> args =
        new ArrayList<>(List.of("serve", "--db", db.toString(), "--port", Integer.toString(port)));
    args.addAll(List.of(extra));
    Served s = new Served(pwckg.start(tag, args), port);
    try {
      s.awaitUp();
    } catch (RuntimeException | InterruptedException e) {
      s.close();
      throw e;
    }
    return s;
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** The status code of a GET of {@code path}. */
  int get(String path) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(URI.create(url() + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void awaitUp() throws InterruptedException {
    for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180); System.nanoTime() < end; ) {
      if (!process.isAlive())
        throw new IllegalStateException("pwckg serve exited " + process.exitValue());
      try {
        if (get("/void") == 200) return;
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("pwckg serve did not answer within 180 s");
  }

  /** A clean stop (SIGTERM: the server closes the database); SIGKILL if it hangs. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) Pwckg.kill(process);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
