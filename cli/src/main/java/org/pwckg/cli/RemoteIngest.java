package org.pwckg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pwckg.ingest.IngestException;
import org.pwckg.ingest.dump.DumpFile;
import org.pwckg.ingest.dump.DumpFiles;

/**
 * {@code pwckg ingest --server URL}: uploads the dump files to a running server's {@code POST
 * /admin/ingest} (multipart, streamed from disk), follows {@code GET /admin/ingest/{id}} until the
 * ingest ends, and prints what a local ingest prints. The files are chosen exactly as for a local
 * ingest (folders, names).
 */
final class RemoteIngest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MILLIS = 500;

  private final URI server;
  private final String token;
  private final HttpClient client = HttpClient.newHttpClient();
  private final PrintStream progress;

  RemoteIngest(URI server, String token, PrintStream progress) {
    this.server = server;
    this.token = token;
    this.progress = progress;
  }

  /** The status the ingest ended with. */
  JsonNode run(List<Path> dumps, boolean strict) throws InterruptedException {
    List<DumpFile> files = DumpFiles.resolve(dumps);
    String boundary = "pwckg-" + UUID.randomUUID();
    HttpRequest upload =
        request("/admin/ingest" + (strict ? "?strict=true" : ""))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(body(files, boundary))
            .build();
    progress.printf("Uploading %d file(s) to %s%n", files.size(), server);
    JsonNode status = send(upload, 202);
    String location = "/admin/ingest/" + status.get("id").asText();
    Follower follower = new Follower();
    while (!ended(status)) {
      follower.show(status);
      Thread.sleep(POLL_MILLIS);
      status = send(request(location).GET().build(), 200);
    }
    return status;
  }

  private static boolean ended(JsonNode status) {
    String state = status.get("state").asText();
    return state.equals("done") || state.equals("failed");
  }

  /** Prints a line when the ingest moves to another state or file, and every few seconds. */
  private final class Follower {
    private String last = "";
    private long lastNanos;

    void show(JsonNode s) {
      String state = s.get("state").asText();
      String file = s.path("current_file").asText("");
      String key = state + " " + file;
      long now = System.nanoTime();
      if (key.equals(last) && now - lastNanos < 5_000_000_000L) return;
      last = key;
      lastNanos = now;
      progress.println(
          switch (state) {
            case "running" ->
                String.format(
                    "running: %s%,d records read, %,d problems",
                    file.isEmpty() ? "" : file + ", ",
                    s.get("records_read").asLong(),
                    s.get("problems").asLong());
            case "indexing" -> "committed; the server brings its keyword index in step";
            default -> state;
          });
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.resolve(path)).header("Authorization", "Bearer " + token);
  }

  private JsonNode send(HttpRequest request, int expected) throws InterruptedException {
    HttpResponse<String> r;
    try {
      r = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IngestException("Cannot reach the server at " + server + ": " + e);
    }
    JsonNode body = parse(r);
    if (r.statusCode() != expected) {
      throw new IngestException(
          "The server answered "
              + r.statusCode()
              + ": "
              + (body != null ? body.path("message").asText(r.body()) : r.body()));
    }
    if (body == null) throw new IngestException("The server's answer is not JSON: " + r.body());
    return body;
  }

  private static JsonNode parse(HttpResponse<String> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      return null;
    }
  }

  /** One file part per dump file, read from disk as it is sent. */
  private static BodyPublisher body(List<DumpFile> files, String boundary) {
    List<BodyPublisher> parts = new ArrayList<>();
    for (DumpFile f : files) {
      parts.add(
          text(
              "--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"dump\"; filename=\""
                  + f.name()
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
      parts.add(file(f.path()));
      parts.add(text("\r\n"));
    }
    parts.add(text("--" + boundary + "--\r\n"));
    return BodyPublishers.concat(parts.toArray(BodyPublisher[]::new));
  }

  private static BodyPublisher text(String s) {
    return BodyPublishers.ofByteArray(s.getBytes(StandardCharsets.UTF_8));
  }

  private static BodyPublisher file(Path path) {
    try {
      return BodyPublishers.ofFile(path);
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
