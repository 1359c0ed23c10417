package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;

/**
 * The graph is the source of truth: a paper the graph has is served, whether or not the keyword
 * index has caught up, and the index catches up by itself (at start, and after an update).
 */
class IndexFollowsGraphTest {
  /** The DeepSeek-VL seed paper: not in the archive slices, so new to their database. */
  static final String SEED_PAPER = "deepseek-vl-towards-real-world-vision";

  static final String TOKEN = "upd4te";

  @Test
  void an_ingest_stopped_before_its_index_step_is_caught_up_when_the_server_starts()
      throws IOException {
    Path db = TestDatabase.fresh();
    long listed;
    try (LiveServer first = LiveServer.start(db, c -> c)) {
      assertThat(first.get("/api/v1/papers/" + SEED_PAPER, null).statusCode()).isEqualTo(404);
      listed = first.json("/api/v1/papers", 200).get("count").asLong();
    }
    // The graph commits the new paper; the keyword index step never runs (as when the ingest is
    // killed after its commit).
    Ingest.run(
        new IngestOptions(
            db,
            List.of(TestDatabase.realData().resolveSibling("seed")),
            false,
            db.resolveSibling("seed-report.txt"),
            null));
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));

    try (LiveServer server = LiveServer.start(db, c -> c)) {
      JsonNode page = server.json("/api/v1/papers/" + SEED_PAPER, 200);
      assertThat(page.get("title").asText()).isEqualTo(seedTitle());
      assertThat(page.get("related_note").isNull()).isTrue();
      assertThat(server.json("/api/v1/papers?q=DeepSeek-VL", 200).get("count").asLong())
          .isEqualTo(1);
      assertThat(server.json("/api/v1/papers", 200).get("count").asLong()).isEqualTo(listed + 1);
    }
  }

  @Test
  void a_paper_added_by_a_sparql_update_has_its_page_at_once_and_is_found_once_indexed()
      throws Exception {
    Path db = TestDatabase.fresh();
    try (LiveServer server = LiveServer.start(db, c -> c.withUpdateToken(TOKEN))) {
      String title = seedTitle();
      String insert =
          "INSERT DATA { <https://w3id.org/pwckg/paper/"
              + SEED_PAPER
              + "> a <http://purl.org/spar/fabio/ResearchPaper> ;"
              + " <http://purl.org/dc/terms/title> \""
              + title.replace("\"", "\\\"")
              + "\" }";
      update(server, insert);

      JsonNode page = server.json("/api/v1/papers/" + SEED_PAPER, 200);
      assertThat(page.get("title").asText()).isEqualTo(title);
      if (!page.get("related_note").isNull()) assertThat(page.get("related")).isEmpty();
      assertThat(server.get("/paper/" + SEED_PAPER, "text/html").statusCode()).isEqualTo(200);

      // The index follows on its own thread; no command is needed.
      long found = 0;
      for (int tries = 0; tries < 600 && found == 0; tries++) {
        found = server.json("/api/v1/papers?q=DeepSeek-VL", 200).get("count").asLong();
        if (found == 0) Thread.sleep(100);
      }
      assertThat(found).isEqualTo(1);
      assertThat(server.json("/api/v1/papers/" + SEED_PAPER, 200).get("related_note").isNull())
          .isTrue();
    }
  }

  @Test
  void a_leaderboard_added_by_a_sparql_update_is_listed_on_all_sota_at_once() {
    Path db = TestDatabase.fresh();
    try (LiveServer server = LiveServer.start(db, c -> c.withUpdateToken(TOKEN))) {
      int before = leaderboardsListed(server);
      String insert =
          "PREFIX pwc: <https://w3id.org/pwckg/ontology#> INSERT DATA {"
              + " <https://w3id.org/pwckg/evaluation/probe-task/probe-dataset>"
              + " a pwc:EvaluationTable ;"
              + " pwc:task <https://w3id.org/pwckg/task/probe-task> ;"
              + " pwc:dataset <https://w3id.org/pwckg/dataset/probe-dataset> ;"
              + " pwc:metric <https://w3id.org/pwckg/metric/accuracy> }";
      update(server, insert);
      assertThat(leaderboardsListed(server)).isEqualTo(before + 1);
    }
  }

  @Test
  void a_subtask_added_by_a_sparql_update_is_in_the_task_tree_at_once() {
    Path db = TestDatabase.fresh();
    try (LiveServer server =
        LiveServer.start(db, c -> c.withUpdateToken(TOKEN).withCachedAnswers(0))) {
      JsonNode before = server.json("/api/v1/tasks", 200);
      String parent = before.get("areas").get(0).get("tasks").get(0).get("id").asText();
      String insert =
          "PREFIX mls: <http://www.w3.org/ns/mls#>"
              + " PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
              + " PREFIX skos: <http://www.w3.org/2004/02/skos/core#> INSERT DATA {"
              + " <https://w3id.org/pwckg/task/probe-subtask> a mls:Task ;"
              + " rdfs:label \"Probe subtask\" ;"
              + " skos:broader <https://w3id.org/pwckg/task/"
              + parent
              + "> }";
      update(server, insert);

      JsonNode after = server.json("/api/v1/tasks", 200);
      assertThat(after.get("count").asLong()).isEqualTo(before.get("count").asLong() + 1);
      JsonNode subtasks = after.get("areas").get(0).get("tasks").get(0).get("subtasks");
      assertThat(subtasks.findValuesAsText("id")).contains("probe-subtask");
      assertThat(server.get("/tasks", "text/html").body()).contains("Probe subtask");
    }
  }

  /** Sends a SPARQL Update with the token; it must succeed. */
  private static void update(LiveServer server, String update) {
    assertThat(
            server
                .post(
                    "/sparql",
                    "application/sparql-update",
                    update,
                    "Authorization",
                    "Bearer " + TOKEN)
                .statusCode())
        .isEqualTo(204);
  }

  /** The count "N leaderboards." that the All SotA page states. */
  private static int leaderboardsListed(LiveServer server) {
    HttpResponse<String> r = server.get("/sota", "text/html");
    assertThat(r.statusCode()).isEqualTo(200);
    Matcher m = Pattern.compile("<p>(\\d+) leaderboards\\.</p>").matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static String seedTitle() throws IOException {
    Path seed = TestDatabase.realData().resolveSibling("seed");
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(seed.resolve("papers-with-abstracts-seed.json.gz")))) {
      return new ObjectMapper().readTree(in).get(0).get("title").asText();
    }
  }
}
