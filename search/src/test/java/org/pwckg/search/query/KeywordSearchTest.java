package org.pwckg.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.Fixture;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;

class KeywordSearchTest {
  @TempDir static Path dir;
  static KeywordIndex index;
  static SearchService service;

  @BeforeAll
  static void index() {
    index = KeywordIndex.open(dir);
    index.sync(Fixture.graph(), new EntityReader(new NamedQueries()));
    service = new SearchService(index, Optional.empty(), Iris.DEFAULT);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResponse keyword(String q) {
    return service.search(SearchRequest.of(q, SearchMode.KEYWORD));
  }

  @Test
  void a_title_query_ranks_that_paper_first() {
    assertThat(keyword("graph attention networks").results().getFirst().iri())
        .isEqualTo(Fixture.BASE + "paper/graph-attention-networks");
  }

  @Test
  void keyword_hits_carry_highlights_of_the_matched_words() {
    SearchHit first = keyword("adversarial").results().getFirst();
    assertThat(first.highlights().get("name")).containsExactly("Generative <b>Adversarial</b> Networks");
  }

  @Test
  void the_count_is_every_match_not_just_the_page() {
    SearchResponse r = service.search(SearchRequest.of("networks", SearchMode.KEYWORD).withPage(0, 1));
    assertThat(r.results()).hasSize(1);
    assertThat(r.count()).isEqualTo(3);
  }

  @Test
  void a_task_filter_keeps_papers_of_that_task() {
    SearchResponse r = service.search(SearchRequest.of("networks", SearchMode.KEYWORD)
        .withFilters(SearchFilters.none().withTask("node-classification")));
    assertThat(r.results()).extracting(SearchHit::iri).containsExactlyInAnyOrder(
        Fixture.BASE + "paper/graph-attention-networks",
        Fixture.BASE + "paper/semi-supervised-classification-with-graph");
  }

  @Test
  void year_and_code_filters_combine() {
    SearchFilters f = SearchFilters.none().withYears(2017, null).withHasCode(true);
    assertThat(service.search(SearchRequest.of("", SearchMode.KEYWORD).withFilters(f)).results())
        .extracting(SearchHit::iri).containsExactly(Fixture.BASE + "paper/graph-attention-networks");
  }

  @Test
  void a_conference_filter_matches_proceedings_too() {
    SearchFilters f = new SearchFilters(List.of(), List.of(), List.of("emnlp-2016"), null, null, null);
    assertThat(service.search(SearchRequest.of("", SearchMode.KEYWORD).withFilters(f)).results())
        .extracting(SearchHit::iri).containsExactly(Fixture.BASE + "paper/squad-100000-questions");
  }

  @Test
  void facets_count_tasks_years_and_code_over_all_matches() {
    SearchResponse r = keyword("networks");
    assertThat(r.facets().get("task")).containsExactly(
        new FacetCount(Fixture.BASE + "task/node-classification", "Node Classification", 2));
    assertThat(r.facets().get("has_code")).contains(new FacetCount("true", "true", 1), new FacetCount("false", "false", 2));
    assertThat(r.facets().get("area")).containsExactly(new FacetCount(Fixture.BASE + "area/graphs", "Graphs", 2));
  }

  @Test
  void tasks_are_searched_by_their_synonyms() {
    SearchResponse r = service.search(SearchRequest.of("QA", SearchMode.KEYWORD).withType(EntityKind.TASK));
    assertThat(r.results()).extracting(SearchHit::iri).containsExactly(Fixture.BASE + "task/question-answering");
  }

  @Test
  void hybrid_without_embeddings_runs_keyword_and_says_so() {
    SearchResponse r = service.search(SearchRequest.of("graph", SearchMode.HYBRID));
    assertThat(r.mode()).isEqualTo("keyword");
    assertThat(r.notes()).singleElement().asString().contains("no paper embeddings");
  }

  @Test
  void semantic_without_embeddings_is_refused() {
    assertThatThrownBy(() -> service.search(SearchRequest.of("graph", SearchMode.SEMANTIC)))
        .isInstanceOf(InvalidSearchException.class).hasMessageContaining("pwckg embed");
  }

  @Test
  void query_syntax_errors_are_taken_as_text() {
    assertThat(keyword("graph\" AND (( -").results()).isNotEmpty();
  }
}
