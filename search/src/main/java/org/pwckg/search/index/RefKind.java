package org.pwckg.search.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.pwckg.ontology.Vocab;

/** The kinds of link an indexed entity has; each has its own filter field in the index. */
public enum RefKind {
  TASK(Vocab.LABEL),
  METHOD(Vocab.LABEL),
  DATASET(Vocab.LABEL),
  REPOSITORY(Vocab.LABEL),
  AREA(Vocab.LABEL),
  CONFERENCE(Vocab.LABEL),
  COLLECTION(Vocab.LABEL),
  AUTHOR(Vocab.NAME);

  private final Node labelProperty;

  RefKind(Node labelProperty) {
    this.labelProperty = labelProperty;
  }

  // Asked for every row read and every link indexed: computed once, not lower-cased per call.
  private final String code = name().toLowerCase(Locale.ROOT);
  private static final Map<String, RefKind> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RefKind::code, k -> k));

  /** The property whose values are the linked entity's searchable labels. */
  Node labelProperty() {
    return labelProperty;
  }

  public String code() {
    return code;
  }

  /** The kind a fact path calls {@code field}, or null when the field is not a link. */
  static RefKind ofField(String field) {
    return BY_CODE.get(field);
  }
}
