package org.pwckg.ingest.figures;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ontology.store.TdbDatabase;

/** The real figures and small helpers that read files and the graph independently of the ingest. */
final class FigureFixtures {
  private FigureFixtures() {}

  static Path realData() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  }

  static Path realFigures() {
    return realData().resolve("figures");
  }

  static void ingestPapers(Path db) {
    Ingest.run(IngestOptions.of(db, List.of(realData().resolve("papers-with-abstracts.json.gz"))));
  }

  static <T> T inGraph(Path db, Function<Graph, T> reader) {
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    return Txn.calculateRead(dsg, () -> reader.apply(dsg.getDefaultGraph()));
  }

  /** The figure nodes of the database. */
  static List<Node> figures(Path db) {
    return inGraph(
        db,
        g ->
            g.find(Node.ANY, org.pwckg.ontology.Vocab.TYPE, org.pwckg.ontology.Vocab.FIGURE)
                .mapWith(Triple::getSubject)
                .toList());
  }

  static List<Node> objects(Graph g, Node s, Node p) {
    return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Width and height from a PNG's IHDR chunk (bytes 16–23), read without any image library. */
  static int[] pngSize(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DataInputStream data = new DataInputStream(in);
      data.skipNBytes(16);
      return new int[] {data.readInt(), data.readInt()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> reportLines(Path report) {
    try {
      return Files.readAllLines(report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
