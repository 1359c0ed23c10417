package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /api/v1/search, /api/v1/papers/{id}/related and the search functions of /sparql, on a real
 * server.
 */
class SearchApiTest {
  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void keyword_search_answers_with_scores_highlights_and_facets() {
    JsonNode r = server.json("/api/v1/search?mode=keyword&q=adversarial", 200);
    assertThat(r.get("mode").asText()).isEqualTo("keyword");
    JsonNode first = r.get("results").get(0);
    assertThat(first.get("score").asDouble()).isPositive();
    assertThat(first.get("highlights").toString().toLowerCase()).contains("<b>adversarial</b>");
    assertThat(names(r.get("facets")))
        .containsExactly("task", "area", "year", "has_code", "conference");
  }

  @Test
  void a_facet_value_passed_back_as_a_filter_gives_the_facets_count() {
    JsonNode conference =
        server.json("/api/v1/search?mode=keyword", 200).get("facets").get("conference").get(0);
    JsonNode filtered =
        server.json(
            "/api/v1/search?mode=keyword&conference="
                + LiveServer.encode(conference.get("value").asText()),
            200);
    assertThat(filtered.get("count").asLong()).isEqualTo(conference.get("count").asLong());
  }

  @Test
  void results_are_paged_like_the_old_api() {
    JsonNode r = server.json("/api/v1/search?mode=keyword&q=quantum&items_per_page=2&page=2", 200);
    assertThat(r.get("results")).hasSize(2);
    assertThat(r.get("next").asText()).contains("page=3");
    assertThat(r.get("previous").asText()).contains("page=1");
  }

  @Test
  void datasets_are_searched_with_type() {
    JsonNode r = server.json("/api/v1/search?type=dataset&q=CNNDailyMail", 200);
    assertThat(r.get("results").get(0).get("id").asText()).isEqualTo("cnn-daily-mail");
  }

  @Test
  void hybrid_search_without_embeddings_says_it_ran_keyword_only() {
    JsonNode r = server.json("/api/v1/search?q=graph", 200);
    assertThat(r.get("mode").asText()).isEqualTo("keyword");
    assertThat(r.get("notes").get(0).asText()).contains("no paper embeddings");
  }

  @Test
  void a_bad_mode_or_semantic_without_embeddings_is_a_400_that_says_why() {
    assertThat(server.json("/api/v1/search?q=x&mode=fuzzy", 400).get("message").asText())
        .contains("keyword, semantic or hybrid");
    assertThat(server.json("/api/v1/search?q=x&mode=semantic", 400).get("message").asText())
        .contains("pwckg embed");
  }

  @Test
  void related_papers_say_why_they_are_related() {
    String paper =
        server
            .json("/api/v1/repositories/PaddlePaddle/PaddleSeg", 200)
            .get("papers")
            .get(0)
            .get("id")
            .asText();
    JsonNode r = server.json("/api/v1/papers/" + paper + "/related?k=5", 200);
    assertThat(r.get("results")).hasSize(5);
    r.get("results")
        .forEach(
            p ->
                assertThat(p.get("why").asText())
                    .contains("same code repository PaddlePaddle/PaddleSeg"));
  }

  @Test
  void related_papers_of_an_unknown_paper_are_404_and_a_bad_k_is_400() {
    server.json("/api/v1/papers/no-such-paper/related", 404);
    server.json("/api/v1/papers/generative-adversarial-networks/related?k=1000", 400);
  }

  @Test
  void the_paper_page_shows_its_related_papers() {
    String paper =
        server
            .json("/api/v1/repositories/PaddlePaddle/PaddleSeg", 200)
            .get("papers")
            .get(0)
            .get("id")
            .asText();
    assertThat(server.json("/api/v1/papers/" + paper, 200).get("related")).hasSize(5);
    assertThat(server.get("/paper/" + paper, "text/html").body())
        .contains("<h2>Related papers</h2>", "same code repository");
  }

  @Test
  void sparql_combines_text_search_with_graph_patterns() {
    String q =
        "PREFIX pwc: <https://w3id.org/pwckg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "SELECT ?paper ?date WHERE { (?paper ?score) pwc:textSearch (\"adversarial networks\" 10) . "
            + "?paper dcterms:issued ?date }";
    String body = server.post("/sparql", "application/sparql-query", q).body();
    assertThat(body).contains("https://w3id.org/pwckg/paper/generative-adversarial-networks");
  }

  @Test
  void the_openapi_document_describes_the_search_routes() {
    assertThat(names(server.json("/api/v1/openapi.json", 200).get("paths")))
        .contains("/search", "/papers/{id}/related");
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
