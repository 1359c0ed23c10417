package org.pwckg.search.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.UnknownEntityException;
import org.pwckg.search.sparql.RelatedFixtures;
import org.pwckg.search.sparql.RelatedFixtures.SharedRepository;

/** Related papers from graph signals alone (no vectors), on the real sample. */
class RelatedPapersGraphTest {
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final RelatedPapers RELATED = new RelatedPapers(DB.index(), Optional.empty());
  private static final SharedRepository REPO = RelatedFixtures.largestSharedRepository(DB.graph());

  @Test
  void papers_sharing_a_code_repository_are_related_and_say_why() {
    RelatedResponse r = RELATED.of(REPO.papers().getFirst(), 5);
    String label = REPO.iri().substring(REPO.iri().indexOf("github.com/") + "github.com/".length());
    assertThat(r.results())
        .hasSize(5)
        .allSatisfy(
            p -> {
              assertThat(REPO.papers()).contains(p.iri());
              assertThat(p.why()).contains("same code repository " + label);
              assertThat(p.similarity()).isNull();
            });
  }

  @Test
  void without_vectors_the_answer_says_it_used_graph_signals_only() {
    assertThat(RELATED.of(REPO.papers().getFirst(), 5).notes())
        .anyMatch(n -> n.startsWith("graph signals only"));
  }

  @Test
  void a_paper_with_nothing_in_common_gets_none_and_a_note_saying_so() {
    RelatedResponse r = RELATED.of(RealDatabase.BASE + "paper/theory-and-practice", 5);
    assertThat(r.results()).isEmpty();
    assertThat(r.notes()).anyMatch(n -> n.contains("only 0 related papers found"));
  }

  @Test
  void an_unknown_paper_is_reported() {
    assertThatThrownBy(() -> RELATED.of(RealDatabase.BASE + "paper/no-such-paper", 5))
        .isInstanceOf(UnknownEntityException.class);
  }

  @Test
  void k_out_of_range_is_refused() {
    assertThatThrownBy(() -> RELATED.of(REPO.papers().getFirst(), 0))
        .isInstanceOf(InvalidSearchException.class);
  }
}
