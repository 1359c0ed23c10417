package org.pwckg.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.index.EntityKind;

/** Semantic and hybrid search over the real papers with the bundled all-MiniLM-L6-v2 vectors. */
class SemanticSearchTest {
  private static final RealDatabase.Embedded DB = RealDatabase.embedded();
  private static final SearchService SERVICE =
      new SearchService(DB.db().index(), Optional.of(DB.vectors()), Iris.DEFAULT);
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";
  private static final SearchFilters ACL =
      new SearchFilters(List.of(), List.of(), List.of("acl-2024"), null, null, null);

  private static SearchResponse search(String q, SearchMode mode) {
    return SERVICE.search(SearchRequest.of(q, mode));
  }

  /** The papers the ACL filter passes, listed by keyword search. */
  private static Set<String> aclPapers() {
    return SERVICE
        .search(SearchRequest.of("", SearchMode.KEYWORD).withFilters(ACL).withPage(0, 500))
        .results()
        .stream()
        .map(SearchHit::iri)
        .collect(Collectors.toSet());
  }

  @Test
  void a_paraphrase_with_no_title_word_finds_the_paper_by_meaning() {
    SearchResponse r =
        search("a generator and a discriminator trained as rivals", SearchMode.SEMANTIC);
    assertThat(r.results().subList(0, 3)).extracting(SearchHit::iri).contains(GAN);
  }

  @Test
  void semantic_scores_are_cosines_best_first() {
    List<Double> scores =
        search("quantum error correction", SearchMode.SEMANTIC).results().stream()
            .map(SearchHit::score)
            .toList();
    assertThat(scores)
        .hasSize(10)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder())
        .allSatisfy(s -> assertThat(s).isBetween(-1.0, 1.0));
  }

  @Test
  void a_filter_keeps_semantic_results_inside_it() {
    Set<String> acl = aclPapers();
    SearchResponse r =
        SERVICE.search(
            SearchRequest.of("generative adversarial networks", SearchMode.SEMANTIC)
                .withFilters(ACL)
                .withPage(0, 20));
    assertThat(r.results()).hasSize(20).allSatisfy(h -> assertThat(acl).contains(h.iri()));
  }

  /** Neighbours looked up in the keyword index, and those of them each filter passes. */
  private record Candidates(
      Map<String, Integer> docs, Set<Integer> inAcl, Set<Integer> unfiltered) {}

  @Test
  void a_neighbour_is_kept_when_its_document_passes_the_filter_and_dropped_when_it_has_none() {
    Set<String> acl = aclPapers();
    String inAcl = acl.stream().sorted().findFirst().orElseThrow();
    String gone = RealDatabase.BASE + "paper/no-such-paper";
    FilterQuery filters = new FilterQuery(Iris.DEFAULT);
    Candidates c =
        DB.db()
            .index()
            .withSearcher(
                s -> {
                  Map<String, Integer> docs = s.docsOf(List.of(GAN, inAcl, gone));
                  return new Candidates(
                      docs,
                      s.matching(docs.values(), filters.of(EntityKind.PAPER, ACL)),
                      s.matching(
                          docs.values(), filters.of(EntityKind.PAPER, SearchFilters.none())));
                });
    assertThat(acl).doesNotContain(GAN);
    assertThat(c.docs()).containsOnlyKeys(GAN, inAcl);
    assertThat(c.inAcl()).containsExactly(c.docs().get(inAcl));
    assertThat(c.unfiltered()).containsExactlyInAnyOrder(c.docs().get(GAN), c.docs().get(inAcl));
  }

  @Test
  void hybrid_fuses_both_engines_and_highlights_only_keyword_matches() {
    SearchResponse r = search("adversarial", SearchMode.HYBRID);
    assertThat(r.mode()).isEqualTo("hybrid");
    assertThat(r.results())
        .anySatisfy(h -> assertThat(h.keywordRank()).isNotNull())
        .anySatisfy(h -> assertThat(h.keywordRank()).isNull());
    assertThat(r.results())
        .allSatisfy(h -> assertThat(h.highlights().isEmpty()).isEqualTo(h.keywordRank() == null));
  }

  @Test
  void a_hybrid_search_whose_query_embedding_fails_fails_with_that_error() {
    SemanticIndex failing =
        new SemanticIndex() {
          @Override
          public String modelId() {
            return DB.vectors().modelId();
          }

          @Override
          public float[] embedQuery(String text) {
            throw new IllegalStateException("the model is gone");
          }

          @Override
          public List<Neighbour> nearest(float[] vector, int k, Collection<String> onlyIds) {
            return DB.vectors().nearest(vector, k, onlyIds);
          }

          @Override
          public Map<String, float[]> vectorsOf(Collection<String> iris) {
            return DB.vectors().vectorsOf(iris);
          }

          @Override
          public String fingerprint() {
            return DB.vectors().fingerprint();
          }

          @Override
          public int size() {
            return DB.vectors().size();
          }
        };
    SearchService service = new SearchService(DB.db().index(), Optional.of(failing), Iris.DEFAULT);
    assertThatThrownBy(() -> service.search(SearchRequest.of("adversarial", SearchMode.HYBRID)))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("the model is gone");
  }

  @Test
  void hybrid_scores_are_reciprocal_rank_sums() {
    SearchHit first =
        search("generative adversarial networks", SearchMode.HYBRID).results().getFirst();
    double expected =
        (first.keywordRank() == null ? 0 : 1.0 / (60 + first.keywordRank()))
            + (first.semanticRank() == null ? 0 : 1.0 / (60 + first.semanticRank()));
    assertThat(first.score()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void semantic_search_counts_every_embedded_paper_so_that_every_page_can_be_reached() {
    SearchRequest firstPage = SearchRequest.of("graph neural networks", SearchMode.SEMANTIC);
    long count = SERVICE.search(firstPage).count();
    assertThat(count).isEqualTo(DB.vectors().size());
    SearchRequest lastPage = firstPage.withPage((int) count - 3, 10);
    SearchResponse last = SERVICE.search(lastPage);
    assertThat(last.results()).hasSize(3);
    assertThat(last.count()).isEqualTo(count);
  }

  @Test
  void facets_count_the_hundred_nearest_papers_of_a_semantic_search() {
    SearchResponse r = search("language models", SearchMode.SEMANTIC);
    long typed = r.facets().get("has_code").stream().mapToLong(FacetCount::count).sum();
    assertThat(typed).isEqualTo(SearchService.FUSION_POOL);
    assertThat(r.count()).isGreaterThan(SearchService.FUSION_POOL);
  }

  @Test
  void semantic_search_of_tasks_is_refused() {
    assertThatThrownBy(
            () ->
                SERVICE.search(
                    SearchRequest.of("parsing", SearchMode.SEMANTIC).withType(EntityKind.TASK)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("papers only");
  }

  @Test
  void a_page_deeper_than_semantic_search_goes_is_refused_not_cut() {
    assertThatThrownBy(
            () ->
                SERVICE.search(SearchRequest.of("parsing", SearchMode.HYBRID).withPage(9_995, 10)))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("10000");
  }
}
