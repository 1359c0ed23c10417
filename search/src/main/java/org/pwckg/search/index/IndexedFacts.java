package org.pwckg.search.index;

import static org.pwckg.search.index.FactPath.forward;
import static org.pwckg.search.index.FactPath.inverse;
import static org.pwckg.search.index.FactPath.link;
import static org.pwckg.search.index.FactPath.value;

import java.util.ArrayList;
import java.util.List;
import org.pwckg.ontology.Vocab;

/**
 * What the keyword index holds about each kind of entity: its name, text, alternative names and
 * date, and the entities it links to. A paper's tasks and datasets come from the paper itself and
 * from its leaderboard results; its methods also from "introduced in".
 */
final class IndexedFacts {
  private IndexedFacts() {}

  static List<FactPath> of(EntityKind kind) {
    return switch (kind) {
      case PAPER -> PAPER;
      case TASK -> TASK;
      case DATASET -> DATASET;
      case METHOD -> METHOD;
    };
  }

  private static final List<FactPath> PAPER =
      List.of(
          value("name", Vocab.TITLE),
          value("text", Vocab.ABSTRACT),
          value("date", Vocab.ISSUED),
          link(RefKind.AUTHOR, forward(Vocab.CREATOR)),
          link(RefKind.TASK, forward(Vocab.PAPER_TASK)),
          link(RefKind.METHOD, forward(Vocab.PAPER_METHOD)),
          link(RefKind.METHOD, inverse(Vocab.INTRODUCED_IN, Vocab.METHOD)),
          link(RefKind.DATASET, inverse(Vocab.INTRODUCED_IN, Vocab.DATASET)),
          link(
              RefKind.DATASET,
              inverse(Vocab.RESULT_PAPER, Vocab.RESULT),
              forward(Vocab.RESULT_TABLE),
              forward(Vocab.TABLE_DATASET)),
          link(
              RefKind.TASK,
              inverse(Vocab.RESULT_PAPER, Vocab.RESULT),
              forward(Vocab.RESULT_TABLE),
              forward(Vocab.TABLE_TASK)),
          link(RefKind.AREA, forward(Vocab.PAPER_TASK), forward(Vocab.AREA_PROP)),
          link(
              RefKind.REPOSITORY,
              inverse(Vocab.LINK_PAPER, Vocab.CODE_LINK),
              forward(Vocab.LINK_REPOSITORY)),
          link(RefKind.CONFERENCE, forward(Vocab.CONFERENCE_PROP)),
          link(RefKind.CONFERENCE, forward(Vocab.IS_PART_OF, Vocab.PROCEEDING)));

  private static final List<FactPath> TASK =
      catalogEntry(
          value("alt", Vocab.ALT_LABEL),
          link(RefKind.AREA, forward(Vocab.AREA_PROP)),
          link(RefKind.TASK, forward(Vocab.BROADER)));

  private static final List<FactPath> DATASET =
      catalogEntry(
          value("alt", Vocab.ALTERNATE_NAME),
          value("alt", Vocab.VARIANT),
          value("date", Vocab.ISSUED),
          link(RefKind.TASK, forward(Vocab.PAPER_TASK)),
          link(RefKind.AREA, forward(Vocab.PAPER_TASK), forward(Vocab.AREA_PROP)));

  private static final List<FactPath> METHOD =
      catalogEntry(
          value("alt", Vocab.ALTERNATE_NAME),
          value("date", Vocab.INTRODUCED_YEAR),
          link(RefKind.COLLECTION, forward(Vocab.COLLECTION)),
          link(RefKind.AREA, forward(Vocab.COLLECTION), forward(Vocab.AREA_PROP)));

  /**
   * Tasks, datasets and methods are named by their label and described by their description, then
   * {@code more}.
   */
  private static List<FactPath> catalogEntry(FactPath... more) {
    List<FactPath> facts = new ArrayList<>();
    facts.add(value("name", Vocab.LABEL));
    facts.add(value("text", Vocab.DESCRIPTION));
    facts.addAll(List.of(more));
    return List.copyOf(facts);
  }
}
