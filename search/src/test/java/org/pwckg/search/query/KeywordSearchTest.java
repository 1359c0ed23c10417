package org.pwckg.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.index.EntityKind;

/** Keyword search over the real sample: ranking, highlights, counts, filters and facets. */
class KeywordSearchTest {
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final SearchService SERVICE =
      new SearchService(DB.index(), Optional.empty(), Iris.DEFAULT);
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";

  private static SearchResponse search(SearchRequest request) {
    return SERVICE.search(request);
  }

  private static SearchRequest keyword(String q) {
    return SearchRequest.of(q, SearchMode.KEYWORD);
  }

  @Test
  void a_title_query_ranks_that_paper_first() {
    assertThat(search(keyword("Generative Adversarial Networks")).results().getFirst().iri())
        .isEqualTo(GAN);
  }

  @Test
  void every_keyword_hit_highlights_the_matched_word() {
    List<SearchHit> hits = search(keyword("adversarial")).results();
    assertThat(hits)
        .isNotEmpty()
        .allSatisfy(
            h ->
                assertThat(
                        String.join(
                                " ",
                                h.highlights().values().stream().flatMap(List::stream).toList())
                            .toLowerCase())
                    .contains("<b>adversarial</b>"));
  }

  @Test
  void the_count_is_every_match_not_just_the_page() {
    SearchResponse page = search(keyword("quantum").withPage(0, 1));
    SearchResponse all = search(keyword("quantum").withPage(0, SearchRequest.MAX_LIMIT));
    assertThat(page.results()).hasSize(1);
    assertThat(page.count()).isGreaterThan(1).isEqualTo(all.results().size());
  }

  @Test
  void a_year_range_keeps_the_papers_published_in_it() {
    SearchResponse r =
        search(
            keyword("").withFilters(SearchFilters.none().withYears(1990, 1995)).withPage(0, 500));
    assertThat(r.count())
        .isEqualTo(
            RealDatabase.papersInDump(
                p ->
                    p.path("date").asText("").compareTo("1990") >= 0
                        && p.path("date").asText("").compareTo("1996") < 0));
    assertThat(r.results()).allSatisfy(h -> assertThat(h.year()).isBetween(1990, 1995));
  }

  @Test
  void a_conference_filter_matches_the_proceedings_volume() {
    SearchFilters acl =
        new SearchFilters(List.of(), List.of(), List.of("acl-2024"), null, null, null);
    assertThat(search(keyword("").withFilters(acl)).count())
        .isEqualTo(
            RealDatabase.papersInDump(p -> "ACL 2024".equals(p.path("proceeding").asText())));
  }

  @Test
  void the_code_filter_keeps_exactly_the_papers_with_a_code_link() {
    long withCode =
        Txn.calculateRead(
            DB.graph(),
            () ->
                DB.graph()
                    .getDefaultGraph()
                    .find(Node.ANY, Vocab.LINK_PAPER, Node.ANY)
                    .filterKeep(
                        t ->
                            DB.graph()
                                .getDefaultGraph()
                                .contains(t.getSubject(), Vocab.TYPE, Vocab.CODE_LINK))
                    .mapWith(t -> t.getObject())
                    .toSet()
                    .size());
    assertThat(search(keyword("").withFilters(SearchFilters.none().withHasCode(true))).count())
        .isEqualTo(withCode);
  }

  @Test
  void filtering_by_a_task_facet_value_gives_the_count_the_facet_showed() {
    FacetCount top = search(keyword("")).facets().get("task").getFirst();
    SearchResponse r = search(keyword("").withFilters(SearchFilters.none().withTask(top.value())));
    assertThat(r.count()).isEqualTo(top.count());
  }

  @Test
  void facets_count_the_conference_of_every_match() {
    assertThat(search(keyword("")).facets().get("conference"))
        .contains(new FacetCount(RealDatabase.BASE + "proceeding/acl-2024", "ACL 2024", 194));
  }

  @Test
  void datasets_are_found_by_their_variant_names() {
    SearchResponse r = search(keyword("CNNDailyMail").withType(EntityKind.DATASET));
    assertThat(r.results())
        .extracting(SearchHit::iri)
        .containsExactly(RealDatabase.BASE + "dataset/cnn-daily-mail");
  }

  @Test
  void hybrid_without_embeddings_runs_keyword_and_says_so() {
    SearchResponse r = search(SearchRequest.of("graph", SearchMode.HYBRID));
    assertThat(r.mode()).isEqualTo("keyword");
    assertThat(r.notes()).singleElement().asString().contains("no paper embeddings");
  }

  @Test
  void semantic_without_embeddings_is_refused() {
    assertThatThrownBy(() -> search(SearchRequest.of("graph", SearchMode.SEMANTIC)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("pwckg embed");
  }

  @Test
  void query_syntax_errors_are_taken_as_text() {
    assertThat(search(keyword("quantum\" AND (( -")).results()).isNotEmpty();
  }

  @Test
  void a_page_past_the_end_is_empty_but_keeps_the_count() {
    SearchResponse r = search(keyword("quantum").withPage(1_000, 10));
    assertThat(r.results()).isEmpty();
    assertThat(r.count()).isPositive();
  }
}
