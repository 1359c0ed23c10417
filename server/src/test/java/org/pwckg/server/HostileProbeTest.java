package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * What a hostile probe of the public endpoint and of the update token broke (issue 12): each
 * request here once ran unbounded, logged per row, read the server's files or fetched from the
 * network.
 */
@Timeout(120)
class HostileProbeTest {
  static final String TOKEN = "probe-token";
  static final String TRUSTED = "https://editor.example.org";
  static Path sources;
  static Path secret;
  static HttpServer listener;
  static final AtomicInteger outboundRequests = new AtomicInteger();
  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(
          HostileProbeTest::prepare,
          c ->
              c.withQueryTimeout(Duration.ofSeconds(1))
                  .withUpdateToken(TOKEN)
                  .withLoadSources(List.of(sources.toUri().toString()))
                  .withCorsOrigins(List.of(TRUSTED)));

  static Path prepare() {
    try {
      return prepareFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path prepareFiles() throws IOException {
    sources = Files.createTempDirectory("pwckg-load-sources");
    Files.writeString(
        sources.resolve("extra.ttl"), "<urn:test:loaded> <urn:test:p> \"allowed\" .\n");
    Files.writeString(sources.resolve("notes.txt"), "this is not RDF {{{\n");
    Path db = TestDatabase.fresh();
    secret = db.resolveSibling("secret.ttl");
    Files.writeString(secret, "<urn:test:secret> <urn:test:p> \"leaked\" .\n");
    return db;
  }

  @BeforeAll
  static void listen() throws IOException {
    listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    listener.createContext(
        "/",
        exchange -> {
          outboundRequests.incrementAndGet();
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    listener.start();
  }

  @AfterAll
  static void stop() {
    listener.stop(0);
  }

  @BeforeEach
  void captureLog() {
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    root().detachAppender(log);
  }

  @Test
  void an_exploding_regex_is_stopped_by_the_query_timeout() {
    String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?a FILTER regex(str(?a), \"(.*a){12}x$\") }";
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(r.body()).contains("query_timeout");
  }

  @Test
  void an_exploding_replace_is_stopped_by_the_query_timeout() {
    String q =
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?a"
            + " FILTER (replace(str(?a), \"(.*a){12}x$\", \"\") = \"\") }";
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
  }

  @Test
  void an_exploding_fn_matches_is_stopped_by_the_query_timeout() {
    String q =
        "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (COUNT(*) AS ?n)"
            + " WHERE { ?s ?p ?a FILTER fn:matches(str(?a), \"(.*a){12}x$\") }";
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
  }

  @Test
  void a_pattern_that_fails_on_every_row_does_not_log_a_line_per_row() {
    String q =
        "SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?a { ?s ?p ?a FILTER isLiteral(?a) } LIMIT 500 }"
            + " FILTER regex(str(?a), concat(\"(\", str(?a))) }";
    HttpResponse<String> r =
        server.get("/sparql?query=" + LiveServer.encode(q), "application/sparql-results+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"value\": \"0\"");
    assertThat(log.list).hasSizeLessThan(10);
  }

  @Test
  void a_function_named_by_a_java_iri_is_refused() {
    String q = "SELECT (<java:org.apache.jena.sparql.function.library.FN_Abs>(-2) AS ?x) WHERE {}";
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("java:");
  }

  @Test
  void a_property_function_named_by_a_java_iri_is_not_loaded() {
    String q =
        "SELECT ?local WHERE { <https://w3id.org/pwckg/paper/x>"
            + " <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?ns ?local) }";
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), "text/csv");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body().strip()).isEqualTo("local");
  }

  @Test
  void an_update_that_runs_too_long_is_stopped_and_changes_nothing() {
    HttpResponse<String> r =
        update("INSERT { ?a <urn:test:cartesian> ?g } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
    assertThat(r.body()).contains("query_timeout");
    assertThat(ask("ASK { ?a <urn:test:cartesian> ?g }")).isFalse();
  }

  @Test
  void load_of_a_server_file_is_refused_and_loads_nothing() {
    String file = secret.toUri().toString();
    for (String load :
        List.of(
            "LOAD <" + file + ">",
            "LOAD <" + file + "> INTO GRAPH <urn:test:g>",
            "LOAD <secret.ttl>")) {
      HttpResponse<String> r = update(load);
      assertThat(r.statusCode()).as(load + ": " + r.body()).isEqualTo(403);
      assertThat(r.body()).contains("--allow-load");
    }
    assertThat(ask("ASK { GRAPH ?g { ?s ?p \"leaked\" } }")).isFalse();
    assertThat(ask("ASK { ?s ?p \"leaked\" }")).isFalse();
  }

  @Test
  void load_cannot_escape_an_allowed_folder_with_dot_segments() {
    assertThat(update("LOAD <" + sources.toUri() + "../secret.ttl>").statusCode()).isEqualTo(403);
    assertThat(update("LOAD <" + sources.toUri() + "%2e%2e/x.ttl>").statusCode()).isEqualTo(403);
  }

  @Test
  void load_from_the_network_is_refused_and_no_request_leaves_the_server() {
    int before = outboundRequests.get();
    HttpResponse<String> r =
        update("LOAD <http://127.0.0.1:" + listener.getAddress().getPort() + "/data.ttl>");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    assertThat(outboundRequests.get()).isEqualTo(before);
  }

  @Test
  void service_inside_an_update_is_refused_and_no_request_leaves_the_server() {
    int before = outboundRequests.get();
    HttpResponse<String> r =
        update(
            "INSERT { ?s <urn:test:via-service> ?o } WHERE { SERVICE <http://127.0.0.1:"
                + listener.getAddress().getPort()
                + "/sparql> { ?s ?p ?o } }");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("SERVICE");
    assertThat(outboundRequests.get()).isEqualTo(before);
  }

  @Test
  void load_from_an_allowed_source_works() {
    assertThat(update("LOAD <" + sources.resolve("extra.ttl").toUri() + ">").statusCode())
        .isEqualTo(204);
    assertThat(ask("ASK { <urn:test:loaded> <urn:test:p> \"allowed\" }")).isTrue();
  }

  @Test
  void load_of_an_allowed_file_that_is_not_rdf_is_a_400_json_error() {
    HttpResponse<String> r = update("LOAD <" + sources.resolve("notes.txt").toUri() + ">");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(r.body()).contains("\"error\"").contains("LOAD");
  }

  @Test
  void a_preflight_from_an_unlisted_origin_does_not_allow_the_token_header() {
    HttpResponse<String> r = preflight("https://evil.example");
    assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
        .doesNotContainIgnoringCase("authorization");
  }

  @Test
  void a_preflight_from_a_listed_origin_allows_the_token_header_for_that_origin_only() {
    HttpResponse<String> r = preflight(TRUSTED);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue(TRUSTED);
    assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
        .containsIgnoringCase("authorization");
  }

  @Test
  void a_token_bearing_request_from_an_unlisted_origin_gets_no_cors_grant() {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Origin", "https://evil.example")
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/sparql-update")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "INSERT DATA { <urn:test:e> <urn:test:p> 1 }"))
                .build());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void reading_stays_open_to_every_origin() {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/tasks")))
                .header("Origin", "https://evil.example")
                .build());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void backups_are_off_on_a_server_without_an_admin_token() {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/admin/backup")))
                .header("Authorization", "Bearer " + TOKEN)
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    assertThat(r.body()).contains("--admin-token-file");
  }

  @Test
  void health_and_readiness_answer_json() {
    assertThat(server.json("/health", 200).get("status").asText()).isEqualTo("ok");
    assertThat(server.json("/ready", 200).get("status").asText()).isEqualTo("ready");
  }

  @Test
  void every_answer_carries_a_request_id_and_the_access_log_names_it() {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/health")))
                .header("X-Request-Id", "probe-42")
                .build());
    assertThat(r.headers().firstValue("X-Request-Id")).hasValue("probe-42");
    assertThat(server.get("/health", null).headers().firstValue("X-Request-Id")).isPresent();
    assertThat(log.list)
        .anySatisfy(
            e ->
                assertThat(e.getFormattedMessage())
                    .contains("request_id=probe-42", "path=\"/health\"", "status=200"));
  }

  @Test
  void headers_too_large_for_jetty_get_the_json_error_body() {
    HttpResponse<String> r =
        alone(
            HttpRequest.newBuilder(URI.create(server.url("/health")))
                .header("X-Filler", "x".repeat(100_000))
                .build());
    assertThat(r.statusCode()).isEqualTo(431);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(r.body()).contains("\"status\":431");
  }

  @Test
  void a_malformed_multipart_upload_is_a_400_json_error() {
    HttpResponse<String> r =
        server.post(
            "/api/v1/search/by-image",
            "multipart/form-data; boundary=XYZ",
            "--XYZ\r\nContent-Disposition: form-data; name=\"image\"\r\n\r\nno closing boundary");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("bad_request");
  }

  @Test
  void a_chunked_body_over_the_size_limit_is_413() {
    byte[] body =
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1 #" + "x".repeat(2_000_000))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpResponse<String> r =
        alone(
            HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body)))
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
    assertThat(r.body()).contains("too_large");
  }

  @Test
  void a_query_with_one_huge_token_under_the_byte_limit_is_refused_before_parsing() {
    // ~2 s of CPU to parse (quadratic in the token's length) before any timeout ran, at 900 KB
    String q = "SELECT * WHERE { ?s ?p \"" + "x".repeat(900_000) + "\" }";
    HttpResponse<String> r = server.post("/sparql", "application/sparql-query", q);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(r.body()).contains("malformed_query", "900,002 characters", "Line 1");
  }

  @Test
  void an_update_with_one_huge_token_is_refused_before_parsing_and_changes_nothing() {
    HttpResponse<String> r =
        update("INSERT DATA { <urn:test:huge> <urn:test:p> <urn:x:" + "y".repeat(900_000) + "> }");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("malformed_query", "token");
    assertThat(ask("ASK { <urn:test:huge> ?p ?o }")).isFalse();
  }

  @Test
  void a_long_literal_within_the_token_bound_is_still_inserted() {
    String text = "a long text ".repeat(5_000);
    HttpResponse<String> r =
        update("INSERT DATA { <urn:test:long> <urn:test:p> \"" + text + "\" }");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    HttpResponse<String> found =
        server.post(
            "/sparql",
            "application/sparql-query",
            "ASK { <urn:test:long> <urn:test:p> \"" + text + "\" }",
            "Accept",
            "application/sparql-results+json");
    assertThat(found.body()).contains("true");
  }

  /**
   * Sends on a connection of its own: the server closes a connection after refusing its request
   * mid-body, and the shared client would otherwise reuse it for the next test.
   */
  private static HttpResponse<String> alone(HttpRequest request) {
    try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> preflight(String origin) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/sparql")))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "authorization, content-type")
            .build());
  }

  private static HttpResponse<String> update(String text) {
    return server.post(
        "/sparql", "application/sparql-update", text, "Authorization", "Bearer " + TOKEN);
  }

  private static boolean ask(String q) {
    return server
        .get("/sparql?query=" + LiveServer.encode(q), "application/sparql-results+json")
        .body()
        .contains("true");
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
