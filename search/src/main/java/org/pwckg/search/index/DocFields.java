package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The facts of one entity, gathered into its document. */
final class DocFields {
  private final List<String> names = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final List<String> alts = new ArrayList<>();
  private final List<String> dates = new ArrayList<>();
  private final List<Ref> refs = new ArrayList<>();

  void link(RefKind kind, String iri, String label) {
    refs.add(new Ref(kind, iri, label));
  }

  void value(String field, String text) {
    if (text.isBlank()) return;
    switch (field) {
      case "name" -> names.add(text);
      case "text" -> texts.add(text);
      case "alt" -> alts.add(text);
      case "date" -> date(text);
      default -> throw new IllegalStateException("Unknown field '" + field + "'");
    }
  }

  /** xsd:date and xsd:gYear values alike: the year leads, and ISO dates order as strings. */
  private void date(String lexical) {
    if (lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)) {
      dates.add(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
    }
  }

  EntityDoc toDoc(String iri, EntityKind kind) {
    String date = dates.stream().min(String::compareTo).orElse(null);
    return new EntityDoc(iri, kind, longest(names), longest(texts), alts, date, refs);
  }

  /**
   * Stubs written by other records may add a shorter name; the fullest one wins, ties
   * alphabetically.
   */
  private static String longest(List<String> values) {
    return values.stream()
        .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
        .orElse("");
  }
}
