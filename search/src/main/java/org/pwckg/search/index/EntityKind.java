package org.pwckg.search.index;

import org.apache.jena.graph.Node;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Vocab;

/** The kinds of entity the keyword index holds ({@link IndexedFacts}: what it holds of each). */
public enum EntityKind {
  PAPER(Vocab.PAPER),
  TASK(Vocab.TASK),
  DATASET(Vocab.DATASET),
  METHOD(Vocab.METHOD);

  private final Node type;

  EntityKind(Node type) {
    this.type = type;
  }

  public Node type() {
    return type;
  }

  /**
   * The name used in the index, the API ({@code type=paper}) and SPARQL: the kind's IRI segment.
   */
  public String code() {
    return IriKind.valueOf(name()).segment();
  }

  /** The kind named {@code code} (case-insensitive). */
  public static EntityKind of(String code) {
    for (EntityKind kind : values()) {
      if (kind.code().equalsIgnoreCase(code)) return kind;
    }
    throw new IllegalArgumentException(
        "Unknown entity type '" + code + "' (paper, task, dataset, method)");
  }
}
