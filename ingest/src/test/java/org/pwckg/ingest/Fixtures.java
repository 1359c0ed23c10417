package org.pwckg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * The real archive sample and small helpers to read it and the graph independently of the mapper.
 */
final class Fixtures {
  static final Iris IRIS = Iris.DEFAULT;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  static Path realData() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  }

  static Path realFile(String stem) {
    return realData().resolve(stem + ".json.gz");
  }

  /** A whole dump as a JSON tree (the sample files are small). */
  static JsonNode read(Path file) {
    try (InputStream in =
        file.toString().endsWith(".gz")
            ? new GZIPInputStream(Files.newInputStream(file))
            : Files.newInputStream(file)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, JsonNode array) {
    try {
      JSON.writeValue(file.toFile(), array);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IngestResult ingest(Path db, Path... dumps) {
    return Ingest.run(IngestOptions.of(db, List.of(dumps)));
  }

  /** Runs {@code reader} over the default graph in a read transaction. */
  static <T> T inGraph(Path db, java.util.function.Function<Graph, T> reader) {
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    return Txn.calculateRead(dsg, () -> reader.apply(dsg.getDefaultGraph()));
  }

  static long count(Graph g, Node s, Node p, Node o) {
    long n = 0;
    for (Iterator<Triple> it = g.find(s, p, o); it.hasNext(); it.next()) n++;
    return n;
  }

  static long typed(Graph g, Node type) {
    return count(g, Node.ANY, Vocab.TYPE, type);
  }

  static Node iri(String s) {
    return NodeFactory.createURI(s);
  }

  static List<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
