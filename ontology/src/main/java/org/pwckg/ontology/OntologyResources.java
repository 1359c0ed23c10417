package org.pwckg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The ontology ({@code pwckg.ttl}) and the SHACL shapes ({@code shapes.ttl}) shipped in this
 * module, parsed once on first use and read-only, plus validation of a graph against the shapes.
 */
public final class OntologyResources {
  /** The IRI of the ontology (its terms live in {@link Namespaces#PWC}). */
  public static final String ONTOLOGY_IRI = "https://w3id.org/pwckg/ontology";

  /** The IRI of the shapes graph. */
  public static final String SHAPES_IRI = "https://w3id.org/pwckg/shapes";

  /** Classpath locations, for callers that serve the files as they are. */
  public static final String ONTOLOGY_RESOURCE = "/org/pwckg/ontology/pwckg.ttl";

  public static final String SHAPES_RESOURCE = "/org/pwckg/ontology/shapes.ttl";

  private OntologyResources() {}

  /** The ontology as a read-only model. */
  public static Model ontology() {
    return Loaded.ONTOLOGY;
  }

  /** The shapes as a read-only graph. */
  public static Graph shapesGraph() {
    return Loaded.SHAPES_GRAPH;
  }

  /** The shapes, parsed for validation. */
  public static Shapes shapes() {
    return Loaded.SHAPES;
  }

  /** Validates a data graph (the default graph of a pwc-kg database) against the shapes. */
  public static ValidationReport validate(Graph data) {
    return ShaclValidator.get().validate(Loaded.SHAPES, data);
  }

  /** Parsed on first use (holder idiom): classes that only need IRIs never pay for parsing. */
  private static final class Loaded {
    static final Model ONTOLOGY = ModelFactory.createModelForGraph(readOnly(ONTOLOGY_RESOURCE));
    static final Graph SHAPES_GRAPH = readOnly(SHAPES_RESOURCE);
    static final Shapes SHAPES = Shapes.parse(SHAPES_GRAPH);

    private static Graph readOnly(String resource) {
      try (InputStream in = OntologyResources.class.getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        return new GraphReadOnly(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
