package org.pwckg.server.sparql;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pwckg.ontology.Namespaces;
import org.pwckg.server.sparql.DatasetStats.Stats;

/** The VoID description of the knowledge graph (served at {@code /void}). */
public final class VoidDescription {
  private static final String VOID = Namespaces.VOID;
  private static final String DCT = Namespaces.DCTERMS;
  private static final Node TYPE = uri(Namespaces.RDF + "type");

  private VoidDescription() {}

  /**
   * @param origin the server's public base ("…/")
   * @param dataBase the base of the entity IRIs
   * @param dumps the file names under {@code /dumps/}
   */
  public static Graph describe(
      Stats stats, String origin, String dataBase, Iterable<String> dumps) {
    Graph g = GraphFactory.createDefaultGraph();
    Node ds = uri(origin + "void#pwckg");
    g.add(ds, TYPE, uri(VOID + "Dataset"));
    g.add(ds, uri(DCT + "title"), lit("pwc-kg: the Papers With Code archive as a knowledge graph"));
    g.add(ds, uri(DCT + "license"), uri("https://creativecommons.org/licenses/by-sa/4.0/"));
    g.add(ds, uri(VOID + "sparqlEndpoint"), uri(origin + "sparql"));
    g.add(ds, uri(VOID + "uriSpace"), lit(dataBase));
    g.add(ds, uri(VOID + "rootResource"), uri(Namespaces.PWC.replace("#", "")));
    dumps.forEach(d -> g.add(ds, uri(VOID + "dataDump"), uri(origin + "dumps/" + d)));
    g.add(ds, uri(VOID + "triples"), count(stats.triples()));
    g.add(ds, uri(VOID + "classes"), count(stats.classes().size()));
    g.add(ds, uri(VOID + "properties"), count(stats.properties().size()));
    vocabularies(stats).forEach(v -> g.add(ds, uri(VOID + "vocabulary"), uri(v)));
    partitions(
        g, ds, origin + "void#class-", "classPartition", "class", "entities", stats.classes());
    partitions(
        g,
        ds,
        origin + "void#property-",
        "propertyPartition",
        "property",
        "triples",
        stats.properties());
    g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
    return g;
  }

  private static void partitions(
      Graph g,
      Node ds,
      String prefix,
      String link,
      String key,
      String measure,
      Map<String, Long> counts) {
    int i = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      Node part = uri(prefix + (++i));
      g.add(ds, uri(VOID + link), part);
      g.add(part, uri(VOID + key), uri(e.getKey()));
      g.add(part, uri(VOID + measure), count(e.getValue()));
    }
  }

  /** The namespaces of every class and property in use. */
  private static Set<String> vocabularies(Stats stats) {
    Set<String> namespaces = new TreeSet<>();
    stats.classes().keySet().forEach(c -> namespaces.add(namespace(c)));
    stats.properties().keySet().forEach(p -> namespaces.add(namespace(p)));
    return namespaces;
  }

  static String namespace(String iri) {
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut < 0 ? iri : iri.substring(0, cut + 1);
  }

  private static Node uri(String iri) {
    return NodeFactory.createURI(iri);
  }

  private static Node lit(String text) {
    return NodeFactory.createLiteralString(text);
  }

  private static Node count(long n) {
    return NodeFactory.createLiteralDT(
        Long.toString(n), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
  }
}
