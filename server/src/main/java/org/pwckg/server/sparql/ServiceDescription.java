package org.pwckg.server.sparql;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pwckg.ontology.Namespaces;

/** The SPARQL 1.1 Service Description of the endpoint (GET /sparql without a query). */
public final class ServiceDescription {
  private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
  private static final String FORMATS = "http://www.w3.org/ns/formats/";
  private static final Node TYPE = uri(Namespaces.RDF + "type");
  private static final List<String> RESULT_FORMATS =
      List.of(
          "SPARQL_Results_JSON",
          "SPARQL_Results_XML",
          "SPARQL_Results_CSV",
          "SPARQL_Results_TSV",
          "Turtle",
          "N-Triples",
          "JSON-LD",
          "RDF_XML");

  private ServiceDescription() {}

  /**
   * @param endpoint the endpoint's absolute URL
   * @param update whether SPARQL Update is enabled
   * @param namedGraphs the names of the dataset's named graphs
   * @param voidUrl where the dataset's VoID description is
   */
  public static Graph describe(
      String endpoint, boolean update, List<Node> namedGraphs, String voidUrl) {
    Graph g = GraphFactory.createDefaultGraph();
    Node service = uri(endpoint + "#service");
    Node dataset = uri(endpoint + "#dataset");
    Node defaultGraph = uri(endpoint + "#default-graph");
    g.add(service, TYPE, uri(SD + "Service"));
    g.add(service, uri(SD + "endpoint"), uri(endpoint));
    g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Query"));
    if (update) g.add(service, uri(SD + "supportedLanguage"), uri(SD + "SPARQL11Update"));
    RESULT_FORMATS.forEach(f -> g.add(service, uri(SD + "resultFormat"), uri(FORMATS + f)));
    g.add(
        service,
        uri(SD + "defaultEntailmentRegime"),
        uri("http://www.w3.org/ns/entailment/Simple"));
    g.add(service, uri(SD + "defaultDataset"), dataset);
    g.add(dataset, TYPE, uri(SD + "Dataset"));
    g.add(dataset, uri(SD + "defaultGraph"), defaultGraph);
    g.add(dataset, uri(Namespaces.RDFS + "seeAlso"), uri(voidUrl));
    g.add(defaultGraph, TYPE, uri(SD + "Graph"));
    int i = 0;
    for (Node name : namedGraphs) {
      Node named = uri(endpoint + "#named-graph-" + (++i));
      g.add(dataset, uri(SD + "namedGraph"), named);
      g.add(named, TYPE, uri(SD + "NamedGraph"));
      g.add(named, uri(SD + "name"), name);
    }
    g.getPrefixMapping()
        .setNsPrefixes(Namespaces.prefixes())
        .setNsPrefix("sd", SD)
        .setNsPrefix("formats", FORMATS);
    return g;
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }
}
