package org.pwckg.search.index;

import java.util.Locale;
import org.apache.jena.graph.Node;
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

  /** The lower-case name used in the index, the API ({@code type=paper}) and SPARQL. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
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
