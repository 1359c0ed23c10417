package org.pwckg.search.index;

/**
 * A link from an indexed entity to another entity (a paper's task, a dataset's area…): what it is,
 * its IRI and its label (the IRI's last segment when the graph has no label).
 */
public record Ref(RefKind kind, String iri, String label) implements Comparable<Ref> {
  public Ref {
    if (label == null || label.isBlank()) label = iri.substring(iri.lastIndexOf('/') + 1);
  }

  @Override
  public int compareTo(Ref other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : iri.compareTo(other.iri);
  }
}
