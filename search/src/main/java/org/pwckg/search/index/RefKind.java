package org.pwckg.search.index;

import java.util.Locale;

/** The kinds of link an indexed entity has; each has its own filter field in the index. */
public enum RefKind {
  TASK,
  METHOD,
  DATASET,
  REPOSITORY,
  AREA,
  CONFERENCE,
  COLLECTION,
  AUTHOR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a fields query calls {@code field}, or null when the field is not a link. */
  static RefKind ofField(String field) {
    for (RefKind kind : values()) {
      if (kind.code().equals(field)) return kind;
    }
    return null;
  }
}
