package org.pwckg.server.ld;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.pwckg.ontology.OntologyResources;

/** The ontology of the ontology module, served at its namespace IRI. */
public final class OntologyDocument {
  private OntologyDocument() {}

  public static Optional<Graph> load() {
    return Optional.of(OntologyResources.ontology().getGraph());
  }

  /** The IRI the ontology's own page is about. */
  public static String iri() {
    return OntologyResources.ONTOLOGY_IRI;
  }
}
