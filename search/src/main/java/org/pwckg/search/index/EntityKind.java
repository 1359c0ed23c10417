package org.pwckg.search.index;

import org.apache.jena.graph.Node;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Vocab;

/** The kinds of entity the keyword index holds, each read from the graph by its own named query. */
public enum EntityKind {
  PAPER(Vocab.PAPER, "search-paper-fields"),
  TASK(Vocab.TASK, "search-task-fields"),
  DATASET(Vocab.DATASET, "search-dataset-fields"),
  METHOD(Vocab.METHOD, "search-method-fields");

  private final Node type;
  private final String fieldsQuery;

  EntityKind(Node type, String fieldsQuery) {
    this.type = type;
    this.fieldsQuery = fieldsQuery;
  }

  public Node type() {
    return type;
  }

  String fieldsQuery() {
    return fieldsQuery;
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
