package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.server.PwckgServer;
import org.pwckg.server.ServerConfig;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demo_ingests_the_sample_bundled_in_the_jar_and_prints_its_statistics() {
    CliTest.Run r = CliTest.run("demo", "--no-serve", "--db", dir.resolve("demo").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("papers-with-abstracts.json.gz: 16 records read");
    assertThat(
            CliTest.run(
                    "query",
                    "--db",
                    dir.resolve("demo").toString(),
                    "--format",
                    "csv",
                    "SELECT (COUNT(?p) AS ?n) WHERE { ?p a <http://purl.org/spar/fabio/ResearchPaper> ; "
                        + "<https://w3id.org/pwckg/ontology#arxivId> ?a }")
                .out())
        // the 16 sample papers, and the arXiv stub of a leaderboard row's paper (EfficientNet)
        .contains("17");
  }

  @Test
  void running_the_demo_twice_gives_the_same_graph() {
    String db = dir.resolve("demo").toString();
    CliTest.run("demo", "--no-serve", "--db", db);
    String first =
        CliTest.run(
                "query",
                "--db",
                db,
                "--format",
                "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
            .out();
    CliTest.run("demo", "--no-serve", "--db", db);
    assertThat(
            CliTest.run(
                    "query",
                    "--db",
                    db,
                    "--format",
                    "csv",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
                .out())
        .isEqualTo(first);
  }

  @Test
  void
      the_demo_embeds_its_papers_so_the_seed_paper_has_related_papers_and_semantic_search_finds_it()
          throws Exception {
    Path db = dir.resolve("demo");
    CliTest.Run r = CliTest.run("demo", "--no-serve", "--db", db.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Embedded 18 papers (0 unchanged)");
    try (PwckgServer server =
        PwckgServer.start(ServerConfig.of(db).withPort(0).withDumps(dir.resolve("dumps")))) {
      String origin = "http://127.0.0.1:" + server.port();
      JsonNode related = get(origin + "/api/v1/papers/" + SEED + "/related?k=3");
      assertThat(related.get("model").asText()).startsWith("all-MiniLM-L6-v2");
      assertThat(related.get("results")).hasSize(3);
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(origin + "/paper/" + SEED))
                      .header("Accept", "text/html")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.body()).contains("<ol id=\"related\"");
      JsonNode found =
          get(
              origin
                  + "/api/v1/search?mode=semantic&q="
                  + URLEncoder.encode(
                      "an open model that understands images and text in real-world use",
                      StandardCharsets.UTF_8));
      assertThat(found.get("results").get(0).get("id").asText()).isEqualTo(SEED);
    }
  }

  static final String SEED = "deepseek-vl-towards-real-world-vision";

  private static JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new ObjectMapper().readTree(r.body());
  }
}
