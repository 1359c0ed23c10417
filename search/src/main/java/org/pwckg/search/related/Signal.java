package org.pwckg.search.related;

/**
 * One reason a paper is related: {@code text} (similar embedding; weight = cosine similarity),
 * {@code figure} (a similar figure by image content; weight = cosine similarity), or a shared
 * {@code task}, {@code dataset}, {@code method} or {@code repository} (the entity's IRI and label;
 * weight = how much it counts, rarer entities more).
 */
public record Signal(String kind, String iri, String label, double weight) {
  public static final String TEXT = "text";

  /**
   * A figure of the other paper looks like one of this paper's (image content; weight = cosine).
   */
  public static final String FIGURE = "figure";

  public String describe() {
    return switch (kind) {
      case TEXT -> String.format("similar text (cosine %.2f)", weight);
      case FIGURE -> String.format("similar figure (cosine %.2f)", weight);
      case "repository" -> "same code repository " + label;
      default -> "shared " + kind + " " + label;
    };
  }
}
