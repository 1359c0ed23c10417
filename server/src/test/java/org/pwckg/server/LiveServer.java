package org.pwckg.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free loopback port over a test database, and an HTTP client for it. A JUnit
 * extension: {@code @RegisterExtension static final LiveServer server = LiveServer.on(…)} starts it
 * before the class's tests (and its {@code @BeforeAll} methods) and stops it after them, whatever
 * they did.
 */
final class LiveServer implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Supplier<Path> database;
  private final UnaryOperator<ServerConfig> tweak;
  private final HttpClient client = HttpClient.newHttpClient();
  private PwckgServer server;
  private Path db;

  private LiveServer(Supplier<Path> database, UnaryOperator<ServerConfig> tweak) {
    this.database = database;
    this.tweak = tweak;
  }

  /** A server over the database {@code database} makes, configured by {@code tweak}. */
  static LiveServer on(Supplier<Path> database, UnaryOperator<ServerConfig> tweak) {
    return new LiveServer(database, tweak);
  }

  /** A server with the default configuration over the shared real test database. */
  static LiveServer onSharedDatabase() {
    return on(TestDatabase::shared, c -> c);
  }

  /**
   * A server started now, for a test that needs several servers in turn over one database
   * (try-with-resources closes it).
   */
  static LiveServer start(Path database, UnaryOperator<ServerConfig> tweak) {
    LiveServer s = new LiveServer(() -> database, tweak);
    s.beforeAll(null);
    return s;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    db = database.get();
    ServerConfig config = ServerConfig.of(db).withPort(0).withDumps(db.resolveSibling("dumps"));
    server = PwckgServer.start(tweak.apply(config));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void close() {
    if (server != null) server.close();
  }

  /** The database the server runs on. */
  Path db() {
    return db;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
    if (accept != null) b.header("Accept", accept);
    return send(b.build());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) b.headers(headers);
    return send(b.build());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(URI.create(url(path))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET, expecting JSON with the given status. */
  JsonNode json(String path, int status) {
    HttpResponse<String> r = get(path, "application/json");
    if (r.statusCode() != status)
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
