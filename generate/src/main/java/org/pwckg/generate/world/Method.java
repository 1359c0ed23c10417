package org.pwckg.generate.world;

import java.util.List;

/**
 * A generated method; {@code fullName} and {@code codeSnippetUrl} may be null, {@code paper} -1.
 */
public record Method(
    String url,
    String name,
    String fullName,
    String description,
    int paper,
    int introducedYear,
    String codeSnippetUrl,
    int numPapers,
    List<Collection> collections) {

  /** A method category, and the research area it belongs to. */
  public record Collection(String name, String areaId, String area) {}
}
