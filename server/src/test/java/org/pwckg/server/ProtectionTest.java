package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timeouts, row cap, request size, update token and CORS, on a server with tight limits. */
class ProtectionTest {
  static final String TOKEN = "s3cret-token";
  static final String COUNT_PAPERS =
      "SELECT (COUNT(*) AS ?n) WHERE { ?p a <http://purl.org/spar/fabio/ResearchPaper> }";

  /** Every triple times every triple times every triple: far too much to finish in a second. */
  static final String EXPLOSIVE =
      "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(
          TestDatabase::fresh,
          c ->
              c.withQueryTimeout(Duration.ofSeconds(1))
                  .withMaxRows(3)
                  .withMaxRequestBytes(10_000)
                  .withUpdateToken(TOKEN));

  @Test
  void an_explosive_query_is_stopped_and_the_server_still_answers() {
    HttpResponse<String> r =
        server.get(
            "/sparql?query=" + LiveServer.encode(EXPLOSIVE), "application/sparql-results+json");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("query_timeout").contains("1000 ms");
    assertThat(server.get("/sparql?query=" + LiveServer.encode(COUNT_PAPERS), null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_client_may_ask_for_a_shorter_timeout() {
    HttpResponse<String> r =
        server.get("/sparql?timeout=0.2&query=" + LiveServer.encode(EXPLOSIVE), null);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("200 ms");
  }

  @Test
  void service_calls_to_other_endpoints_are_refused() {
    String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }";
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("SERVICE");
  }

  @Test
  void an_unknown_path_is_a_404_json_error() {
    HttpResponse<String> r = server.get("/no/such/path", "application/json");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("not_found");
  }

  @Test
  void results_are_capped_at_the_row_limit_and_say_so() {
    HttpResponse<String> r =
        server.get("/sparql?query=" + LiveServer.encode("SELECT * WHERE { ?s ?p ?o }"), "text/csv");
    assertThat(r.body().lines().count()).isEqualTo(1 + 3);
    assertThat(r.headers().firstValue("X-Result-Limit-Reached")).hasValue("true");
  }

  @Test
  void a_request_body_over_the_size_limit_is_413() {
    String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(20_000);
    assertThat(server.post("/sparql", "application/sparql-query", big).statusCode()).isEqualTo(413);
  }

  @Test
  void update_without_the_token_is_401() {
    HttpResponse<String> r =
        server.post(
            "/sparql", "application/sparql-update", "INSERT DATA { <urn:a> <urn:b> <urn:c> }");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
  }

  @Test
  void update_with_a_wrong_token_is_401() {
    HttpResponse<String> r =
        server.post(
            "/sparql",
            "application/sparql-update",
            "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "Authorization",
            "Bearer wrong");
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  void update_with_the_token_changes_the_data() {
    HttpResponse<String> r =
        server.post(
            "/sparql",
            "application/x-www-form-urlencoded",
            "update=" + LiveServer.encode("INSERT DATA { <urn:x:updated> <urn:x:p> \"yes\" }"),
            "Authorization",
            "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(204);
    String ask = "ASK { <urn:x:updated> <urn:x:p> \"yes\" }";
    assertThat(
            server
                .get("/sparql?query=" + LiveServer.encode(ask), "application/sparql-results+json")
                .body())
        .contains("true");
  }

  @Test
  void an_update_refreshes_the_cached_task_tree() {
    assertThat(server.get("/api/v1/tasks", null).body()).doesNotContain("brand-new-task");
    String insert =
        "INSERT DATA { <https://w3id.org/pwckg/task/brand-new-task> a <http://www.w3.org/ns/mls#Task> ;"
            + " <http://www.w3.org/2000/01/rdf-schema#label> \"Brand New Task\" }";
    HttpResponse<String> r =
        server.post(
            "/sparql", "application/sparql-update", insert, "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(server.get("/api/v1/tasks", null).body()).contains("brand-new-task");
  }

  @Test
  void an_update_refreshes_the_cached_paper_page() {
    String page = "/api/v1/papers/generative-adversarial-networks";
    assertThat(server.get(page, null).body()).doesNotContain("freshly-inserted-task");
    String insert =
        "INSERT DATA { <https://w3id.org/pwckg/paper/generative-adversarial-networks>"
            + " <https://w3id.org/pwckg/ontology#task> <https://w3id.org/pwckg/task/freshly-inserted-task> }";
    HttpResponse<String> r =
        server.post(
            "/sparql", "application/sparql-update", insert, "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(204);
    assertThat(server.get(page, null).body()).contains("freshly-inserted-task");
  }

  @Test
  void update_by_get_is_refused() {
    assertThat(server.get("/sparql?update=" + LiveServer.encode("CLEAR ALL"), null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void browsers_on_other_origins_may_read_answers() {
    HttpResponse<String> r =
        server.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        server.url("/sparql?query=" + LiveServer.encode(COUNT_PAPERS))))
                .header("Origin", "https://example.org")
                .build());
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
  }
}
