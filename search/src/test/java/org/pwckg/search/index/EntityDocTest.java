package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The content hash decides what a sync rewrites: equal documents agree, any change shows. */
class EntityDocTest {
  private static final String IRI = "https://w3id.org/pwckg/paper/deepseek-vl";
  private static final Ref TASK =
      new Ref(RefKind.TASK, "https://w3id.org/pwckg/task/visual-question-answering", "VQA");
  private static final Ref AUTHOR =
      new Ref(RefKind.AUTHOR, "https://w3id.org/pwckg/author/haoyu-lu", "Haoyu Lu");

  private static EntityDoc paper(String name, String text, String date, List<Ref> refs) {
    return new EntityDoc(IRI, EntityKind.PAPER, name, text, List.of("DeepSeek VL"), date, refs);
  }

  private static final EntityDoc PAPER =
      paper(
          "DeepSeek-VL",
          "Towards real-world vision-language understanding",
          "2024-03-08",
          List.of(TASK, AUTHOR));

  @Test
  void equal_documents_have_equal_hashes_whatever_order_their_links_came_in() {
    EntityDoc same = paper(PAPER.name(), PAPER.text(), PAPER.date(), List.of(AUTHOR, TASK, AUTHOR));
    assertThat(same).isEqualTo(PAPER);
    assertThat(same.hash()).isEqualTo(PAPER.hash()).hasSize(32);
  }

  @Test
  void a_change_to_any_field_changes_the_hash() {
    List<EntityDoc> changed =
        List.of(
            paper("DeepSeek-VL 2", PAPER.text(), PAPER.date(), PAPER.refs()),
            paper(PAPER.name(), PAPER.text() + ".", PAPER.date(), PAPER.refs()),
            paper(PAPER.name(), PAPER.text(), null, PAPER.refs()),
            paper(PAPER.name(), PAPER.text(), PAPER.date(), List.of(TASK)),
            paper(
                PAPER.name(),
                PAPER.text(),
                PAPER.date(),
                List.of(AUTHOR, new Ref(TASK.kind(), TASK.iri(), "Visual Question Answering"))),
            new EntityDoc(
                IRI,
                EntityKind.PAPER,
                PAPER.name(),
                PAPER.text(),
                List.of(),
                PAPER.date(),
                PAPER.refs()));
    assertThat(changed)
        .extracting(EntityDoc::hash)
        .doesNotContain(PAPER.hash())
        .doesNotHaveDuplicates();
  }

  /** Each value goes in with its length: moving text from one field to the next shows. */
  @Test
  void text_moved_across_a_field_boundary_changes_the_hash() {
    EntityDoc before = paper("DeepSeek-VL", "Towards", null, List.of());
    EntityDoc after = paper("DeepSeek-VLTowards", "", null, List.of());
    assertThat(after.hash()).isNotEqualTo(before.hash());
  }

  /** A document Lucene will refuse (no name) must still reach the writer that reports it. */
  @Test
  void a_document_without_a_name_still_has_a_hash() {
    EntityDoc nameless = paper(null, PAPER.text(), PAPER.date(), PAPER.refs());
    assertThat(nameless.hash()).isNotEqualTo(PAPER.hash());
  }
}
