package org.pwckg.search.index;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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

  // Asked for every row read and every link indexed: computed once, not lower-cased per call.
  private final String code = name().toLowerCase(Locale.ROOT);
  private static final Map<String, RefKind> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(RefKind::code, k -> k));

  public String code() {
    return code;
  }

  /** The kind a fields query calls {@code field}, or null when the field is not a link. */
  static RefKind ofField(String field) {
    return BY_CODE.get(field);
  }
}
