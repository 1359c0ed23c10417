package org.pwckg.ontology;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of entity the graph names, each by the first path segment of its IRIs (docs/IRIS.md):
 * {@code paper/…}, {@code task/…}. Ingest mints them through {@link Iris}; the server routes and
 * checks ids by them; nothing else spells a segment.
 */
public enum IriKind {
  PAPER,
  AUTHOR,
  TASK,
  AREA,
  DATASET,
  METHOD,
  METHOD_COLLECTION,
  PROCEEDING,
  CONFERENCE,
  REPOSITORY,
  CODE_LINK,
  EVALUATION,
  METRIC,
  MODEL,
  RESULT,
  FIGURE;

  private final String segment = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The path segment: {@code paper}, {@code method-collection}. */
  public String segment() {
    return segment;
  }

  /** The segment and its slash, what every IRI of the kind starts with after the base. */
  public String prefix() {
    return segment + "/";
  }

  /** The kind whose segment is {@code segment}, if any. */
  public static Optional<IriKind> ofSegment(String segment) {
    for (IriKind k : values()) if (k.segment.equals(segment)) return Optional.of(k);
    return Optional.empty();
  }
}
