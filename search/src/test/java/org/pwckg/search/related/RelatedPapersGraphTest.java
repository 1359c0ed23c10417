package org.pwckg.search.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.Fixture;
import org.pwckg.search.UnknownEntityException;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;

class RelatedPapersGraphTest {
  @TempDir static Path dir;
  static KeywordIndex index;
  static RelatedPapers related;

  @BeforeAll
  static void setUp() {
    index = KeywordIndex.open(dir);
    index.sync(Fixture.graph(), new EntityReader(new NamedQueries()));
    related = new RelatedPapers(index, Optional.empty());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void papers_sharing_a_task_are_related_and_say_so() {
    RelatedResponse r = related.of(Fixture.BASE + "paper/graph-attention-networks", 5);
    assertThat(r.results()).singleElement().satisfies(p -> {
      assertThat(p.iri()).isEqualTo(Fixture.BASE + "paper/semi-supervised-classification-with-graph");
      assertThat(p.why()).isEqualTo("shared task Node Classification");
      assertThat(p.similarity()).isNull();
    });
  }

  @Test
  void fewer_results_than_k_come_with_a_note() {
    RelatedResponse r = related.of(Fixture.BASE + "paper/graph-attention-networks", 5);
    assertThat(r.notes()).anyMatch(n -> n.contains("only 1 related papers found"));
  }

  @Test
  void an_unknown_paper_is_reported() {
    assertThatThrownBy(() -> related.of(Fixture.BASE + "paper/nope", 5)).isInstanceOf(UnknownEntityException.class);
  }
}
