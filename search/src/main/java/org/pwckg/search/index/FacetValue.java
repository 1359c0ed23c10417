package org.pwckg.search.index;

/**
 * A facet value that names a linked entity: its IRI and label in one facet label, so counting needs
 * no second lookup. IRIs hold no spaces, so the first space splits them.
 */
public record FacetValue(String iri, String label) {
  public String encode() {
    return iri + " " + label;
  }

  public static FacetValue decode(String value) {
    int space = value.indexOf(' ');
    return space < 0
        ? new FacetValue(value, value)
        : new FacetValue(value.substring(0, space), value.substring(space + 1));
  }
}
