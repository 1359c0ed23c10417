package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiTest {
  static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start(TestDatabase.create(), c -> c);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_paper_page_has_what_the_pwc_paper_page_shows() {
    JsonNode p = server.json("/api/v1/papers/generative-adversarial-networks", 200);
    assertThat(p.get("title").asText()).isEqualTo("Generative Adversarial Networks");
    assertThat(p.get("arxiv_id").asText()).isEqualTo("1406.2661");
    assertThat(p.get("published").asText()).isEqualTo("2014-06-10");
    assertThat(p.get("abstract").asText()).startsWith("We propose");
    assertThat(texts(p.get("authors"))).containsExactly("Ian J. Goodfellow", "Yoshua Bengio");
    assertThat(p.get("links").get("pdf").asText()).endsWith(".pdf");
    assertThat(p.get("links").get("official_code").get(0).get("url").asText()).isEqualTo("https://github.com/goodfeli/adversarial");
    assertThat(p.get("links").get("other_code").get(0).get("framework").asText()).isEqualTo("pytorch");
    assertThat(ids(p.get("methods"))).contains("gan", "convolution");
    assertThat(ids(p.get("tasks"))).containsExactly("image-generation");
  }

  @Test
  void a_paper_page_lists_its_results_and_related_papers() {
    JsonNode p = server.json("/api/v1/papers/bert", 200);
    assertThat(p.get("results")).isNotEmpty();
    JsonNode first = p.get("results").get(0);
    assertThat(first.get("dataset").get("id").asText()).isEqualTo("squad1-1");
    assertThat(first.get("leaderboard").asText()).isEqualTo("/api/v1/sota/question-answering/squad1-1");
    assertThat(ids(p.get("related"))).contains("xlnet");
  }

  @Test
  void an_unknown_paper_is_a_404_json_error() {
    JsonNode e = server.json("/api/v1/papers/no-such-paper", 404);
    assertThat(e.get("error").asText()).isEqualTo("not_found");
    assertThat(e.get("message").asText()).contains("no-such-paper");
  }

  @Test
  void a_malformed_id_is_a_400() {
    assertThat(server.json("/api/v1/papers/%3Cbad%3E", 400).get("error").asText()).isEqualTo("bad_request");
  }

  @Test
  void the_paper_list_is_paginated_like_the_old_api() {
    JsonNode page1 = server.json("/api/v1/papers?items_per_page=2", 200);
    assertThat(page1.get("count").asLong()).isGreaterThan(2);
    assertThat(page1.get("results")).hasSize(2);
    assertThat(page1.get("previous").isNull()).isTrue();
    String next = page1.get("next").asText();
    assertThat(next).contains("page=2");
    JsonNode page2 = server.json(next.substring(next.indexOf("/api/")), 200);
    assertThat(page2.get("results").get(0).get("id").asText()).isNotEqualTo(page1.get("results").get(0).get("id").asText());
  }

  @Test
  void the_paper_list_filters_by_task_method_dataset_code_and_year() {
    assertThat(ids(server.json("/api/v1/papers?task=question-answering", 200).get("results"))).containsExactlyInAnyOrder("bert", "xlnet");
    assertThat(ids(server.json("/api/v1/papers?method=gan&year_from=2015", 200).get("results"))).containsExactly("dcgan");
    assertThat(ids(server.json("/api/v1/papers?dataset=squad1-1&year_to=2017", 200).get("results"))).containsExactly("bidaf");
    assertThat(ids(server.json("/api/v1/papers?has_code=true", 200).get("results"))).containsExactly("generative-adversarial-networks");
    assertThat(ids(server.json("/api/v1/papers?q=adversarial", 200).get("results"))).contains("generative-adversarial-networks");
  }

  @Test
  void bad_list_parameters_are_400_with_the_reason() {
    assertThat(server.json("/api/v1/papers?year_from=soon", 400).get("message").asText()).contains("year_from");
    assertThat(server.json("/api/v1/papers?has_code=maybe", 400).get("message").asText()).contains("has_code");
    assertThat(server.json("/api/v1/papers?items_per_page=0", 400).get("message").asText()).contains("items_per_page");
  }

  @Test
  void the_task_tree_groups_tasks_by_area_with_subtasks() {
    JsonNode tree = server.json("/api/v1/tasks", 200);
    JsonNode nlp = find(tree.get("areas"), "natural-language-processing");
    JsonNode qa = find(nlp.get("tasks"), "question-answering");
    assertThat(nlp.get("name").asText()).isEqualTo("Natural Language Processing");
    assertThat(qa.get("name").asText()).isEqualTo("Question Answering");
    assertThat(ids(qa.get("subtasks"))).containsExactly("open-domain-question-answering");
  }

  @Test
  void a_task_page_shows_areas_synonyms_subtasks_and_leaderboards() {
    JsonNode t = server.json("/api/v1/tasks/question-answering", 200);
    assertThat(t.get("name").asText()).isEqualTo("Question Answering");
    assertThat(texts(t.get("synonyms"))).containsExactly("QA");
    assertThat(ids(t.get("areas"))).containsExactly("natural-language-processing");
    assertThat(t.get("leaderboards").get(0).get("url").asText()).isEqualTo("/api/v1/sota/question-answering/squad1-1");
    assertThat(t.get("paper_count").asLong()).isEqualTo(2);
  }

  @Test
  void a_tasks_papers_are_listed_and_an_unknown_task_is_404() {
    assertThat(server.json("/api/v1/tasks/question-answering/papers", 200).get("count").asLong()).isEqualTo(2);
    server.json("/api/v1/tasks/no-such-task/papers", 404);
    server.json("/api/v1/tasks/no-such-task", 404);
  }

  @Test
  void datasets_are_listed_searched_and_shown() {
    assertThat(server.json("/api/v1/datasets", 200).get("count").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(ids(server.json("/api/v1/datasets?q=stanford", 200).get("results"))).containsExactly("squad1-1");
    JsonNode d = server.json("/api/v1/datasets/squad1-1", 200);
    assertThat(d.get("full_name").asText()).isEqualTo("Stanford Question Answering Dataset");
    assertThat(texts(d.get("variants"))).containsExactly("SQuAD1.1 dev");
    assertThat(d.get("leaderboards")).hasSize(1);
    server.json("/api/v1/datasets/no-such-dataset", 404);
  }

  @Test
  void methods_are_listed_and_shown() {
    assertThat(ids(server.json("/api/v1/methods?q=gan", 200).get("results"))).contains("gan");
    JsonNode m = server.json("/api/v1/methods/gan", 200);
    assertThat(m.get("full_name").asText()).isEqualTo("Generative Adversarial Network");
    assertThat(m.get("paper").get("id").asText()).isEqualTo("generative-adversarial-networks");
    assertThat(ids(m.get("areas"))).containsExactly("computer-vision");
    assertThat(m.get("paper_count").asLong()).isEqualTo(2);
    server.json("/api/v1/methods/no-such-method", 404);
  }

  @Test
  void areas_count_their_tasks() {
    JsonNode nlp = find(server.json("/api/v1/areas", 200), "natural-language-processing");
    assertThat(nlp.get("tasks").asLong()).isEqualTo(1);
  }

  @Test
  void a_repository_lists_the_papers_it_implements() {
    JsonNode r = server.json("/api/v1/repositories/goodfeli/adversarial", 200);
    assertThat(r.get("url").asText()).isEqualTo("https://github.com/goodfeli/adversarial");
    assertThat(r.get("papers").get(0).get("is_official").asBoolean()).isTrue();
    server.json("/api/v1/repositories/nobody/nothing", 404);
  }

  @Test
  void the_openapi_document_describes_every_api_path() {
    JsonNode doc = server.json("/api/v1/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/papers/{id}", "/papers", "/tasks", "/sota/{task}/{dataset}", "/sota/{task}/{dataset}/history",
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
