package org.pwckg.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.SemanticIndex;

/** Related papers with vectors: embedding neighbours, blended and explained. */
class RelatedPapersTest {
  private static final RealDatabase.Embedded DB = RealDatabase.embedded();
  private static final RelatedPapers RELATED =
      new RelatedPapers(DB.db().index(), Optional.of(DB.vectors()));
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";

  @Test
  void every_related_paper_with_a_vector_says_how_similar_its_text_is() {
    RelatedResponse r = RELATED.of(GAN, 10);
    assertThat(r.model()).isEqualTo(DB.vectors().modelId());
    assertThat(r.results())
        .hasSize(10)
        .filteredOn(p -> DB.vectors().vectorOf(p.iri()).isPresent())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.why())
                  .startsWith(String.format("similar text (cosine %.2f)", p.similarity()));
              assertThat(p.signals().getFirst().kind()).isEqualTo("text");
            });
  }

  @Test
  void every_text_similarity_is_the_cosine_of_the_two_stored_vectors_not_the_search_score() {
    // pwckg relate stores these and the kill harness compares them across runs: the search's own
    // scores move in their last bits from one run to the next (Lucene sums vector lanes in an
    // order the JIT chooses), so here they are shifted to show they are never what is kept.
    SemanticIndex vectors = DB.vectors();
    SemanticIndex shiftedScores =
        new SemanticIndex() {
          public String modelId() {
            return vectors.modelId();
          }

          public float[] embedQuery(String text) {
            return vectors.embedQuery(text);
          }

          public List<Neighbour> nearest(float[] vector, int k, Collection<String> onlyIds) {
            return vectors.nearest(vector, k, onlyIds).stream()
                .map(n -> new Neighbour(n.iri(), n.similarity() - 0.001f))
                .toList();
          }

          public Map<String, float[]> vectorsOf(Collection<String> iris) {
            return vectors.vectorsOf(iris);
          }

          public String fingerprint() {
            return vectors.fingerprint();
          }

          public int size() {
            return vectors.size();
          }
        };
    float[] source = vectors.vectorOf(GAN).orElseThrow();
    assertThat(new RelatedPapers(DB.db().index(), Optional.of(shiftedScores)).of(GAN, 50).results())
        .filteredOn(p -> vectors.vectorOf(p.iri()).isPresent())
        .hasSizeGreaterThan(10)
        .allSatisfy(
            p ->
                assertThat(p.similarity())
                    .isEqualTo(
                        (double)
                            VectorIndex.cosine(source, vectors.vectorOf(p.iri()).orElseThrow())));
  }

  @Test
  void a_shared_code_repository_is_named_as_a_reason() {
    // The real links put GAN and "Conditional Generative Adversarial Nets" in one awesome-list
    // repository.
    assertThat(RELATED.of(GAN, 50).results())
        .anySatisfy(
            p -> {
              assertThat(p.title()).isEqualTo("Conditional Generative Adversarial Nets");
              assertThat(p.why())
                  .contains("same code repository dineshzende/awesome-deep-learning-resources");
            });
  }

  @Test
  void results_are_best_first_and_exclude_the_paper_itself() {
    RelatedResponse r = RELATED.of(GAN, 10);
    assertThat(r.results())
        .isSortedAccordingTo(Comparator.comparingDouble(RelatedPaper::score).reversed())
        .noneMatch(p -> p.iri().equals(GAN));
  }

  @Test
  void the_score_blends_text_and_graph_as_documented() {
    RelatedWeights w = RelatedWeights.defaults();
    assertThat(RELATED.of(GAN, 50).results())
        .allSatisfy(
            p ->
                assertThat(p.score())
                    .isCloseTo(
                        w.textWeight() * (p.similarity() == null ? 0 : Math.max(0, p.similarity()))
                            + (1 - w.textWeight()) * p.graphScore(),
                        org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void a_paper_without_a_vector_falls_back_to_graph_signals_and_says_so() {
    String stub =
        org.pwckg.search.sparql.RelatedFixtures.largestSharedRepository(DB.db().graph())
            .papers()
            .getFirst();
    RelatedResponse r = RELATED.of(stub, 5);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("graph signals only"));
    assertThat(r.results()).isNotEmpty();
  }
}
