package org.pwckg.server.ld;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology file of the ontology module, read from the classpath once. */
public final class OntologyDocument {
  /** Where the ontology module may keep its Turtle file (first found wins). */
  private static final List<String> LOCATIONS = List.of(
      "/org/pwckg/ontology/pwckg.ttl", "/ontology/pwckg.ttl", "/pwckg.ttl");

  private OntologyDocument() {}

  public static Optional<Graph> load() {
    for (String location : LOCATIONS) {
      try (InputStream in = OntologyDocument.class.getResourceAsStream(location)) {
        if (in == null) continue;
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        return Optional.of(g);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }
}
