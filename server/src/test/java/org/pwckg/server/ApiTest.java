package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API over the real archive slices. */
class ApiTest {
  static final String GAN = "/api/v1/papers/generative-adversarial-networks";

  /** Kipf & Welling's GCN, known to the graph from leaderboard rows only (matched by arXiv id). */
  static final String GCN = "/api/v1/papers/arxiv-1609-02907";

  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void a_paper_page_has_what_the_pwc_paper_page_shows() {
    JsonNode p = server.json(GAN, 200);
    assertThat(p.get("title").asText()).isEqualTo("Generative Adversarial Networks");
    assertThat(p.get("arxiv_id").asText()).isEqualTo("1406.2661");
    assertThat(p.get("published").asText()).isEqualTo("2014-06-10");
    assertThat(p.get("abstract").asText())
        .startsWith("We propose a new framework for estimating generative models");
    assertThat(texts(p.get("authors")))
        .hasSize(8)
        .startsWith("Ian J. Goodfellow")
        .endsWith("Yoshua Bengio");
    assertThat(p.get("links").get("pdf").asText())
        .isEqualTo("https://arxiv.org/pdf/1406.2661v1.pdf");
    assertThat(p.get("links").get("abstract").asText())
        .isEqualTo("https://arxiv.org/abs/1406.2661v1");
    assertThat(ids(p.get("methods"))).containsExactlyInAnyOrder("gan", "convolution");
  }

  @Test
  void a_paper_page_splits_code_into_official_and_other_with_frameworks() {
    JsonNode links = server.json(GAN, 200).get("links");
    assertThat(links.get("official_code")).isEmpty();
    List<String> urls = new ArrayList<>();
    links
        .get("other_code")
        .forEach(
            r -> {
              urls.add(r.get("url").asText());
              assertThat(r.get("framework").asText()).isEqualTo("tf");
            });
    assertThat(urls)
        .contains("https://github.com/dhrim/cau_2021", "https://github.com/syahdeini/gan");
  }

  @Test
  void a_paper_page_lists_its_results_datasets_and_related_papers() {
    JsonNode p = server.json(GCN, 200);
    assertThat(ids(p.get("datasets"))).contains("ogbn-arxiv", "ogbl-collab");
    List<String> boards = new ArrayList<>();
    p.get("results").forEach(r -> boards.add(r.get("leaderboard").asText()));
    assertThat(boards).contains("/api/v1/sota/node-property-prediction/ogbn-arxiv");
    JsonNode related = p.get("related");
    assertThat(related).isNotEmpty();
    assertThat(related.get(0).get("shared_datasets").asLong()).isPositive();
    assertThat(ids(related)).doesNotContain("arxiv-1609-02907");
  }

  @Test
  void an_unknown_paper_is_a_404_json_error() {
    JsonNode e = server.json("/api/v1/papers/no-such-paper", 404);
    assertThat(e.get("error").asText()).isEqualTo("not_found");
    assertThat(e.get("message").asText()).contains("no-such-paper");
  }

  @Test
  void a_malformed_id_is_a_400() {
    assertThat(server.json("/api/v1/papers/%3Cbad%3E", 400).get("error").asText())
        .isEqualTo("bad_request");
  }

  @Test
  void the_paper_list_is_paginated_like_the_old_api() {
    JsonNode page1 = server.json("/api/v1/papers?items_per_page=2", 200);
    assertThat(page1.get("count").asLong()).isGreaterThanOrEqualTo(245);
    assertThat(page1.get("results")).hasSize(2);
    assertThat(page1.get("previous").isNull()).isTrue();
    String next = page1.get("next").asText();
    assertThat(next).contains("page=2").contains("items_per_page=2");
    JsonNode page2 = server.json(next.substring(next.indexOf("/api/")), 200);
    assertThat(page2.get("previous").asText()).contains("page=1");
    assertThat(ids(page2.get("results"))).doesNotContainAnyElementsOf(ids(page1.get("results")));
  }

  @Test
  void the_newest_papers_come_first() {
    JsonNode first = server.json("/api/v1/papers?items_per_page=1", 200).get("results").get(0);
    JsonNode old = server.json("/api/v1/papers?year_to=2014", 200);
    assertThat(first.get("published").asText()).isGreaterThan("2014");
    old.get("results")
        .forEach(p -> assertThat(p.get("published").asText()).isLessThanOrEqualTo("2014-12-31"));
  }

  @Test
  void the_paper_list_filters_by_method_words_and_year() {
    assertThat(ids(server.json("/api/v1/papers?method=gan", 200).get("results")))
        .containsExactly("generative-adversarial-networks");
    assertThat(ids(server.json("/api/v1/papers?q=adversarial+process", 200).get("results")))
        .contains("generative-adversarial-networks");
    assertThat(ids(server.json("/api/v1/papers?method=gan&year_from=2015", 200).get("results")))
        .isEmpty();
  }

  @Test
  void the_paper_list_filters_by_dataset_consistently_with_the_leaderboard() {
    JsonNode papers = server.json("/api/v1/papers?dataset=ogbn-arxiv&items_per_page=500", 200);
    List<String> onBoard = new ArrayList<>();
    server
        .json("/api/v1/sota/node-property-prediction/ogbn-arxiv", 200)
        .get("rows")
        .forEach(
            r -> {
              if (!r.get("paper").isNull()) onBoard.add(r.get("paper").get("id").asText());
            });
    assertThat(papers.get("count").asLong()).isPositive();
    assertThat(onBoard).containsAll(ids(papers.get("results")));
  }

  @Test
  void the_paper_list_filters_by_code() {
    long all = server.json("/api/v1/papers?items_per_page=1", 200).get("count").asLong();
    long withCode =
        server.json("/api/v1/papers?has_code=true&items_per_page=1", 200).get("count").asLong();
    long without =
        server.json("/api/v1/papers?has_code=false&items_per_page=1", 200).get("count").asLong();
    assertThat(withCode).isEqualTo(2200);
    assertThat(withCode + without).isEqualTo(all);
  }

  @Test
  void bad_list_parameters_are_400_with_the_reason() {
    assertThat(server.json("/api/v1/papers?year_from=soon", 400).get("message").asText())
        .contains("year_from");
    assertThat(server.json("/api/v1/papers?has_code=maybe", 400).get("message").asText())
        .contains("has_code");
    assertThat(server.json("/api/v1/papers?items_per_page=0", 400).get("message").asText())
        .contains("items_per_page");
    assertThat(
            server.json("/api/v1/papers?year_from=2020&year_to=2019", 400).get("message").asText())
        .contains("year_from");
  }

  @Test
  void the_task_tree_groups_tasks_by_area_with_subtasks() {
    JsonNode tree = server.json("/api/v1/tasks", 200);
    JsonNode nlp = find(tree.get("areas"), "nlp");
    JsonNode qa = find(nlp.get("tasks"), "question-answering");
    assertThat(nlp.get("name").asText()).isEqualTo("NLP");
    assertThat(qa.get("name").asText()).isEqualTo("Question Answering");
    assertThat(ids(qa.get("subtasks")))
        .contains("open-domain-question-answering", "reading-comprehension");
  }

  @Test
  void a_task_page_shows_areas_subtasks_and_leaderboards() {
    JsonNode t = server.json("/api/v1/tasks/question-answering", 200);
    assertThat(t.get("name").asText()).isEqualTo("Question Answering");
    assertThat(ids(t.get("areas"))).contains("nlp");
    assertThat(ids(t.get("subtasks"))).contains("reading-comprehension");
    List<String> boards = new ArrayList<>();
    t.get("leaderboards").forEach(b -> boards.add(b.get("url").asText()));
    assertThat(boards).contains("/api/v1/sota/question-answering/hotpotqa");
  }

  @Test
  void a_tasks_papers_are_listed_and_an_unknown_task_is_404() {
    assertThat(server.json("/api/v1/tasks/question-answering/papers", 200).get("count").asLong())
        .isNotNegative();
    server.json("/api/v1/tasks/no-such-task/papers", 404);
    server.json("/api/v1/tasks/no-such-task", 404);
  }

  @Test
  void datasets_are_listed_searched_and_shown() {
    assertThat(server.json("/api/v1/datasets?items_per_page=1", 200).get("count").asLong())
        .isGreaterThanOrEqualTo(3294);
    assertThat(ids(server.json("/api/v1/datasets?q=squad", 200).get("results")))
        .contains("squad", "spoken-squad");
    JsonNode d = server.json("/api/v1/datasets/ogbn-arxiv", 200);
    assertThat(d.get("leaderboards").get(0).get("url").asText())
        .isEqualTo("/api/v1/sota/node-property-prediction/ogbn-arxiv");
    assertThat(d.get("leaderboards")).hasSize(1);
    server.json("/api/v1/datasets/no-such-dataset", 404);
  }

  @Test
  void methods_are_listed_and_shown() {
    assertThat(server.json("/api/v1/methods?items_per_page=1", 200).get("count").asLong())
        .isGreaterThanOrEqualTo(2275);
    assertThat(ids(server.json("/api/v1/methods?q=adversarial", 200).get("results")))
        .contains("gan");
    JsonNode m = server.json("/api/v1/methods/gan", 200);
    assertThat(m.get("full_name").asText()).isEqualTo("Generative Adversarial Network");
    assertThat(m.get("description").asText()).contains("generative model");
    assertThat(m.get("paper_count").asLong()).isEqualTo(1);
    server.json("/api/v1/methods/no-such-method", 404);
  }

  @Test
  void the_dataset_listing_names_every_dataset_as_its_page_does() {
    JsonNode squad = find(server.json("/api/v1/datasets?q=squad", 200).get("results"), "squad");
    assertThat(squad.get("name").asText()).isEqualTo("SQuAD");
    JsonNode firstPage = server.json("/api/v1/datasets?items_per_page=500", 200).get("results");
    assertThat(firstPage).hasSize(500);
    firstPage.forEach(d -> assertThat(d.get("name").isNull()).as(d.toString()).isFalse());
  }

  @Test
  void the_method_listing_gives_each_method_its_name_and_full_name() {
    JsonNode gan = find(server.json("/api/v1/methods?q=adversarial", 200).get("results"), "gan");
    assertThat(gan.get("name").asText()).isEqualTo("GAN");
    assertThat(gan.get("full_name").asText()).isEqualTo("Generative Adversarial Network");
    JsonNode firstPage = server.json("/api/v1/methods?items_per_page=500", 200).get("results");
    firstPage.forEach(m -> assertThat(m.get("name").isNull()).as(m.toString()).isFalse());
  }

  @Test
  void an_unknown_query_parameter_is_a_400_naming_the_accepted_ones() {
    JsonNode e = server.json("/api/v1/search?q=gan&limit=5", 400);
    assertThat(e.get("error").asText()).isEqualTo("bad_request");
    assertThat(e.get("message").asText())
        .isEqualTo(
            "Unknown query parameter 'limit': GET /api/v1/search accepts q, mode, type, task, area,"
                + " conference, year_from, year_to, has_code, page, items_per_page");
    assertThat(server.json("/api/v1/tasks?page=2", 400).get("message").asText())
        .isEqualTo("Unknown query parameter 'page': GET /api/v1/tasks takes no query parameters");
  }

  @Test
  void every_api_operation_refuses_the_query_parameters_its_openapi_entry_does_not_list() {
    Map<String, String> examples = new LinkedHashMap<>();
    examples.put("/papers", "/papers");
    examples.put("/search", "/search");
    examples.put("/papers/{id}", "/papers/generative-adversarial-networks");
    examples.put("/papers/{id}/related", "/papers/generative-adversarial-networks/related");
    examples.put("/tasks", "/tasks");
    examples.put("/tasks/{id}", "/tasks/question-answering");
    examples.put("/tasks/{id}/papers", "/tasks/question-answering/papers");
    examples.put("/datasets", "/datasets");
    examples.put("/datasets/{id}", "/datasets/conll-2014-shared-task/restricted");
    examples.put("/methods", "/methods");
    examples.put("/methods/{id}", "/methods/gan");
    examples.put("/areas", "/areas");
    examples.put("/repositories/{owner}/{name}", "/repositories/dhrim/cau_2021");
    examples.put("/sota/{task}/{dataset}", "/sota/node-property-prediction/ogbn-arxiv");
    examples.put(
        "/sota/{task}/{dataset}/history", "/sota/node-property-prediction/ogbn-arxiv/history");
    examples.put("/search/figures", "/search/figures");
    examples.put("/search/by-image", "/search/by-image");
    examples.put("/admin/ingest", "/admin/ingest");
    examples.put("/admin/ingest/{id}", "/admin/ingest/some-id");
    JsonNode paths = server.json("/api/v1/openapi.json", 200).get("paths");
    assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(paths::fieldNames);
    examples.forEach(
        (path, example) -> {
          // The maintainer's routes are served outside /api/v1 (their own "servers" entry).
          String prefix = path.startsWith("/admin/") ? "" : "/api/v1";
          boolean post = path.equals("/search/by-image") || path.equals("/admin/ingest");
          String url = prefix + example + "?as_of=2020-01-01&no_such_parameter=1";
          HttpResponse<String> r =
              post
                  ? server.post(url, "image/png", "not an image")
                  : server.get(url, "application/json");
          assertThat(r.statusCode()).as(url).isEqualTo(400);
          List<String> declared = new ArrayList<>();
          paths
              .get(path)
              .forEach(
                  op ->
                      op.path("parameters")
                          .forEach(
                              p -> {
                                if (p.get("in").asText().equals("query"))
                                  declared.add(p.get("name").asText());
                              }));
          assertThat(r.body())
              .as(url)
              .contains("'no_such_parameter'", (post ? "POST " : "GET ") + prefix + path + " ");
          if (declared.isEmpty()) assertThat(r.body()).contains("takes no query parameters");
          else assertThat(r.body()).as(url).contains("accepts " + String.join(", ", declared));
        });
  }

  @Test
  void areas_count_their_tasks() {
    assertThat(find(server.json("/api/v1/areas", 200), "nlp").get("tasks").asLong()).isPositive();
  }

  @Test
  void a_repository_lists_the_papers_it_implements() {
    JsonNode r = server.json("/api/v1/repositories/dhrim/cau_2021", 200);
    assertThat(r.get("url").asText()).isEqualTo("https://github.com/dhrim/cau_2021");
    JsonNode paper = find(r.get("papers"), "generative-adversarial-networks");
    assertThat(paper.get("is_official").asBoolean()).isFalse();
    assertThat(paper.get("framework").asText()).isEqualTo("tf");
    server.json("/api/v1/repositories/nobody/nothing", 404);
  }

  @Test
  void the_openapi_document_describes_every_api_path() {
    JsonNode doc = server.json("/api/v1/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/papers/{id}",
            "/papers",
            "/tasks",
            "/tasks/{id}",
            "/tasks/{id}/papers",
            "/datasets",
            "/datasets/{id}",
            "/methods",
            "/methods/{id}",
            "/areas",
            "/sota/{task}/{dataset}",
            "/sota/{task}/{dataset}/history",
            "/repositories/{owner}/{name}");
    assertThat(server.get("/api/v1/docs", "text/html").body()).contains("openapi.json");
  }

  static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static JsonNode find(JsonNode array, String id) {
    for (JsonNode n : array) if (id.equals(n.get("id").asText())) return n;
    throw new AssertionError("no " + id + " in " + array);
  }
}
