package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * Live ingest: a maintainer uploads dump files to the running server, which ingests them into the
 * graph it serves in one write transaction, brings its keyword index in step, and says how far it
 * got; readers keep the state before it until it commits.
 */
class LiveIngestTest {
  static final String TOKEN = "adm1n-t0ken";
  static final String SEED_PAPER = IndexFollowsGraphTest.SEED_PAPER;
  static final String TRUSTED = "https://editor.example.org";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REAL_PAPERS = "papers-with-abstracts.json.gz";
  private static final String PAPERS =
      "SELECT (COUNT(*) AS ?n) WHERE { ?p a <http://purl.org/spar/fabio/ResearchPaper> }";

  /** For the refusals and failures, which leave the graph as it was. */
  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(
          TestDatabase::fresh, c -> c.withAdminToken(TOKEN).withCorsOrigins(List.of(TRUSTED)));

  @Test
  void an_uploaded_seed_paper_is_served_and_found_once_its_ingest_is_done() throws Exception {
    Path db = TestDatabase.fresh();
    try (LiveServer s = LiveServer.start(db, c -> c.withAdminToken(TOKEN))) {
      assertThat(s.get("/api/v1/papers/" + SEED_PAPER, null).statusCode()).isEqualTo(404);
      long before = papers(s);

      HttpResponse<String> posted = s.send(DumpUpload.of(s.url("/admin/ingest"), TOKEN, seed()));
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
      JsonNode accepted = JSON.readTree(posted.body());
      String id = accepted.get("id").asText();
      assertThat(posted.headers().firstValue("Location")).hasValue("/admin/ingest/" + id);
      assertThat(accepted.get("files")).hasSize(3);

      JsonNode done = awaitEnd(s, id);
      assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("done");
      // One paper, one code link, two evaluation tables (the page lists its result twice).
      assertThat(done.get("records_written").asLong()).isEqualTo(4);
      assertThat(done.get("problems").asLong()).isZero();
      assertThat(done.get("summary").asText()).startsWith("Total: 4 records read, 4 written");
      assertThat(done.get("finished").isNull()).isFalse();
      assertThat(done.get("files").findValuesAsText("line"))
          .anyMatch(l -> l.startsWith("papers-with-abstracts-seed.json.gz: 1 records read"));
      assertThat(papers(s)).isEqualTo(before + 1);

      assertThat(s.json("/api/v1/papers/" + SEED_PAPER, 200).get("title").asText())
          .startsWith("DeepSeek-VL");
      assertThat(s.get("/paper/" + SEED_PAPER, "text/html").statusCode()).isEqualTo(200);
      // Done means the keyword index is in step: no waiting.
      assertThat(s.json("/api/v1/papers?q=DeepSeek-VL", 200).get("count").asLong()).isEqualTo(1);
      assertThat(s.json("/admin/ingest", 401).get("error").asText()).isEqualTo("unauthorized");
      assertThat(adminGet(s, "/admin/ingest").get("id").asText()).isEqualTo(id);
      assertThat(spooled(db)).isEmpty();
    }
  }

  @Test
  void readers_keep_the_old_state_until_the_ingest_commits() throws Exception {
    Path db = TestDatabase.fresh();
    try (LiveServer s = LiveServer.start(db, c -> c.withAdminToken(TOKEN))) {
      long before = papers(s);
      String id;
      DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
      // Holding the one write transaction stops the ingest inside its run, before it writes.
      dsg.begin(TxnType.WRITE);
      try {
        HttpResponse<String> posted = s.send(DumpUpload.of(s.url("/admin/ingest"), TOKEN, seed()));
        assertThat(posted.statusCode()).isEqualTo(202);
        id = JSON.readTree(posted.body()).get("id").asText();
        assertThat(adminGet(s, "/admin/ingest/" + id).get("state").asText()).isEqualTo("running");
        assertThat(papers(s)).isEqualTo(before);
        assertThat(s.get("/api/v1/papers/" + SEED_PAPER, null).statusCode()).isEqualTo(404);
      } finally {
        dsg.abort();
        dsg.end();
      }
      assertThat(awaitEnd(s, id).get("state").asText()).isEqualTo("done");
      assertThat(papers(s)).isEqualTo(before + 1);
    }
  }

  @Test
  void a_second_ingest_while_one_runs_is_refused_with_409() throws Exception {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(server.db().toString());
    String first;
    dsg.begin(TxnType.WRITE);
    try {
      HttpResponse<String> a = server.send(upload(TOKEN, seed()));
      assertThat(a.statusCode()).isEqualTo(202);
      first = JSON.readTree(a.body()).get("id").asText();
      HttpResponse<String> b = server.send(upload(TOKEN, seed()));
      assertThat(b.statusCode()).isEqualTo(409);
      JsonNode refusal = JSON.readTree(b.body());
      assertThat(refusal.get("error").asText()).isEqualTo("conflict");
      assertThat(refusal.get("message").asText())
          .contains("An ingest is already running (" + first)
          .contains("GET /admin/ingest/" + first);
    } finally {
      dsg.abort();
      dsg.end();
    }
    assertThat(awaitEnd(server, first).get("state").asText()).isEqualTo("done");
    assertThat(spooled(server.db())).isEmpty();
  }

  @Test
  void an_upload_without_the_token_or_with_a_wrong_one_is_refused() throws Exception {
    for (String token : new String[] {null, "wrong", TOKEN + "x"}) {
      HttpResponse<String> r = server.send(upload(token, seed()));
      assertThat(r.statusCode()).as(token).isEqualTo(401);
      assertThat(JSON.readTree(r.body()).get("message").asText())
          .isEqualTo("Live ingest needs the server's admin bearer token");
      assertThat(r.headers().firstValue("WWW-Authenticate")).isPresent();
    }
    assertThat(server.json("/admin/ingest/anything", 401).get("error").asText())
        .isEqualTo("unauthorized");
  }

  @Test
  void a_server_without_an_admin_token_refuses_live_ingest_with_its_reason() throws Exception {
    try (LiveServer plain = LiveServer.start(TestDatabase.shared(), c -> c)) {
      HttpResponse<String> r = plain.send(DumpUpload.of(plain.url("/admin/ingest"), TOKEN, seed()));
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(r.body()).get("message").asText())
          .contains("Live ingest is disabled on this server");
    }
  }

  @Test
  void an_upload_over_the_ingest_limit_is_refused_with_413_whatever_its_framing() throws Exception {
    try (LiveServer small =
        LiveServer.start(
            TestDatabase.shared(), c -> c.withAdminToken(TOKEN).withMaxIngestBytes(1_000))) {
      HttpRequest sized = DumpUpload.of(small.url("/admin/ingest"), TOKEN, seed());
      HttpResponse<String> r = small.send(sized);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(JSON.readTree(r.body()).get("message").asText()).contains("at most 1000");
      // Without a Content-Length the limit holds while the parts are read.
      HttpRequest chunked =
          HttpRequest.newBuilder(sized.uri())
              .headers("Content-Type", sized.headers().firstValue("Content-Type").orElseThrow())
              .header("Authorization", "Bearer " + TOKEN)
              .POST(HttpRequest.BodyPublishers.fromPublisher(sized.bodyPublisher().orElseThrow()))
              .build();
      HttpResponse<String> c = small.send(chunked);
      assertThat(c.statusCode()).as(c.body()).isEqualTo(413);
      assertThat(JSON.readTree(c.body()).get("error").asText()).isEqualTo("too_large");
      assertThat(spooled(TestDatabase.shared())).isEmpty();
      // The refused uploads hold no slot.
      HttpResponse<String> status =
          small.send(
              HttpRequest.newBuilder(java.net.URI.create(small.url("/admin/ingest")))
                  .header("Authorization", "Bearer " + TOKEN)
                  .build());
      assertThat(status.statusCode()).isIn(200, 404);
    }
  }

  @Test
  void no_origin_is_let_in_to_the_admin_routes_not_even_a_trusted_one() {
    HttpResponse<String> preflight =
        server.send(
            HttpRequest.newBuilder(java.net.URI.create(server.url("/admin/ingest")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", TRUSTED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization")
                .build());
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).isEmpty();
    HttpResponse<String> sparql =
        server.send(
            HttpRequest.newBuilder(java.net.URI.create(server.url("/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", TRUSTED)
                .header("Access-Control-Request-Method", "POST")
                .build());
    assertThat(sparql.headers().firstValue("Access-Control-Allow-Origin")).hasValue(TRUSTED);
  }

  @Test
  void a_file_that_breaks_off_fails_the_ingest_and_leaves_the_graph_unchanged() throws Exception {
    String state = graphState(server);
    long quads = quads(server);
    // Half of the real papers file: hundreds of good records, then the gzip stream ends.
    byte[] whole = Files.readAllBytes(TestDatabase.realData().resolve(REAL_PAPERS));
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
    HttpResponse<String> r =
        server.send(DumpUpload.named(server.url("/admin/ingest"), TOKEN, REAL_PAPERS, truncated));
    assertThat(r.statusCode()).isEqualTo(202);
    JsonNode failed = awaitEnd(server, JSON.readTree(r.body()).get("id").asText());
    assertThat(failed.get("state").asText()).isEqualTo("failed");
    assertThat(failed.get("records_read").asLong()).isPositive();
    assertThat(failed.get("error").asText())
        .startsWith(REAL_PAPERS + " record ")
        .contains(" field (file): ")
        .endsWith("(nothing was written)")
        .doesNotContain("Exception");
    assertThat(failed.get("problem_lines")).isNotEmpty();
    // Any commit, even of records identical to those stored, stamps a new graph state.
    assertThat(graphState(server)).isEqualTo(state);
    assertThat(quads(server)).isEqualTo(quads);
    assertThat(spooled(server.db())).isEmpty();
  }

  @Test
  void a_part_that_is_not_a_dump_file_is_refused_and_frees_the_slot() throws Exception {
    HttpResponse<String> r =
        server.send(
            DumpUpload.named(server.url("/admin/ingest"), TOKEN, "../notes.txt", new byte[] {1}));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("message").asText())
        .startsWith("Not a dump file name: '../notes.txt'");
    HttpResponse<String> again = server.send(upload(TOKEN, seed()));
    assertThat(again.statusCode()).isEqualTo(202);
    awaitEnd(server, JSON.readTree(again.body()).get("id").asText());
  }

  private static HttpRequest upload(String token, List<Path> files) {
    return DumpUpload.of(server.url("/admin/ingest"), token, files);
  }

  private static List<Path> seed() throws IOException {
    try (Stream<Path> files = Files.list(TestDatabase.seed())) {
      return files.filter(f -> f.toString().endsWith(".json.gz")).sorted().toList();
    }
  }

  /** The papers in the graph, as a SPARQL reader sees them. */
  private static long papers(LiveServer s) throws IOException {
    return select(s, PAPERS).at("/results/bindings/0/n/value").asLong();
  }

  private static String graphState(LiveServer s) throws IOException {
    return select(s, "SELECT ?n WHERE { GRAPH ?g { ?x <" + Vocab.GRAPH_STATE.getURI() + "> ?n } }")
        .at("/results/bindings/0/n/value")
        .asText();
  }

  private static long quads(LiveServer s) throws IOException {
    return select(
            s, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
        .at("/results/bindings/0/n/value")
        .asLong();
  }

  private static JsonNode select(LiveServer s, String query) throws IOException {
    HttpResponse<String> r =
        s.get("/sparql?query=" + LiveServer.encode(query), "application/sparql-results+json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode adminGet(LiveServer s, String path) throws IOException {
    HttpResponse<String> r =
        s.send(
            HttpRequest.newBuilder(java.net.URI.create(s.url(path)))
                .header("Authorization", "Bearer " + TOKEN)
                .build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  /** Follows the ingest's status until it is done or failed. */
  private static JsonNode awaitEnd(LiveServer s, String id) throws Exception {
    for (int tries = 0; tries < 1200; tries++) {
      JsonNode status = adminGet(s, "/admin/ingest/" + id);
      String state = status.get("state").asText();
      if (state.equals("done") || state.equals("failed")) return status;
      Thread.sleep(100);
    }
    throw new AssertionError("ingest " + id + " did not end");
  }

  private static List<Path> spooled(Path db) throws IOException {
    Path uploads = DatabaseLayout.ingestUploads(db);
    if (!Files.exists(uploads)) return List.of();
    try (Stream<Path> files = Files.walk(uploads)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
