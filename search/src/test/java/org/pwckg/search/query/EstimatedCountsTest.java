package org.pwckg.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;
import org.pwckg.search.RealDatabase;

/**
 * Past a limit, keyword search estimates its count and facets from a sample of the index instead of
 * counting every match; the results themselves stay the exact best ones. The limits are lowered
 * here so that the real slices (thousands of documents, not the archive's 600k) cross them.
 */
class EstimatedCountsTest {
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final SearchService EXACT =
      new SearchService(
          DB.index(),
          Optional.empty(),
          Iris.DEFAULT,
          RankFusion.standard(),
          new MatchCounting(Integer.MAX_VALUE, Integer.MAX_VALUE));
  private static final SearchService ESTIMATING =
      new SearchService(
          DB.index(),
          Optional.empty(),
          Iris.DEFAULT,
          RankFusion.standard(),
          new MatchCounting(200, 1_500));

  private static SearchRequest keyword(String q) {
    return SearchRequest.of(q, SearchMode.KEYWORD).withPage(0, 20);
  }

  @Test
  void a_broad_query_ranks_the_same_best_matches_whether_counted_or_estimated() {
    SearchResponse exact = EXACT.search(keyword("learning neural network model"));
    SearchResponse estimated = ESTIMATING.search(keyword("learning neural network model"));
    assertThat(estimated.results()).isEqualTo(exact.results()).hasSize(20);
  }

  @Test
  void the_uncounted_ranking_of_hybrid_search_gives_the_same_best_matches_as_a_counted_one() {
    var query = new KeywordSearcher().text("learning neural network model");
    List<List<Ranked>> both =
        DB.index()
            .withSearcher(
                s ->
                    List.of(
                        new KeywordSearcher(Integer.MAX_VALUE).search(s, query, 100).hits(),
                        new KeywordSearcher().rank(s, query, 100)));
    assertThat(both.get(1)).isEqualTo(both.get(0)).hasSize(100);
  }

  @Test
  void past_the_exact_limit_the_count_and_facets_are_estimates_near_the_true_ones() {
    SearchResponse exact = EXACT.search(keyword("learning"));
    SearchResponse estimated = ESTIMATING.search(keyword("learning"));
    assertThat(exact.approximate()).isFalse();
    assertThat(exact.count()).isGreaterThan(1_000);
    assertThat(estimated.approximate()).isTrue();
    assertThat((double) estimated.count()).isCloseTo(exact.count(), within(0.15 * exact.count()));
    for (FacetCount truth : exact.facets().get("has_code")) {
      FacetCount estimate =
          estimated.facets().get("has_code").stream()
              .filter(v -> v.value().equals(truth.value()))
              .findFirst()
              .orElseThrow();
      assertThat((double) estimate.count()).isCloseTo(truth.count(), within(0.2 * truth.count()));
    }
  }

  @Test
  void under_the_exact_limit_nothing_is_estimated() {
    SearchResponse exact = EXACT.search(keyword("quantum"));
    SearchResponse estimated = ESTIMATING.search(keyword("quantum"));
    assertThat(exact.count()).isBetween(1L, 200L);
    assertThat(estimated.approximate()).isFalse();
    assertThat(estimated.count()).isEqualTo(exact.count());
    assertThat(estimated.facets()).isEqualTo(exact.facets());
  }

  @Test
  void the_sample_holds_the_share_of_documents_it_reports() {
    int[] counted = new int[2];
    double fraction =
        DB.index()
            .withSearcher(
                s -> {
                  SampledDocs sample = SampledDocs.about(1_000, s.getIndexReader());
                  counted[0] =
                      s.count(
                          new BooleanQuery.Builder()
                              .add(new MatchAllDocsQuery(), Occur.MUST)
                              .add(sample, Occur.FILTER)
                              .build());
                  counted[1] = s.getIndexReader().numDocs();
                  return sample.fraction(s.getIndexReader());
                });
    assertThat(fraction).isBetween(0.0, 1.0).isNotEqualTo(1.0);
    assertThat((double) counted[0]).isCloseTo(fraction * counted[1], within(1.0));
    assertThat(List.of(counted[0])).allSatisfy(n -> assertThat(n).isBetween(1_000, 1_300));
  }
}
