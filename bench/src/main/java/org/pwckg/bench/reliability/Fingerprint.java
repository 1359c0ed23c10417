package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pwckg.ontology.Checksums;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * What a database holds, as digests that two runs can compare: the graph (every quad, sorted, in
 * N-Quads syntax), each Lucene index (its live documents' stored fields and vectors, sorted) and
 * the figure files. Values that differ between two equal runs by design are masked: the times an
 * ingest or a relate run records ({@code xsd:dateTime}) and the random graph-state token.
 */
record Fingerprint(String graph, long quads, Map<String, String> folders) {
  private static final String VOLATILE = "\"*\"";

  /** The graph alone: what a reader sees right after a kill. */
  static Fingerprint graphOf(Path db) {
    if (!TdbDatabase.exists(db)) return new Fingerprint(digest(List.of()), 0, Map.of());
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    try {
      List<String> lines = Txn.calculateRead(dsg, () -> quads(dsg));
      lines.sort(null);
      return new Fingerprint(digest(lines), lines.size(), Map.of());
    } finally {
      // Releases the database (and its lock) so that the next child process can open it.
      TDBInternal.expel(dsg);
    }
  }

  /** The graph, the indexes and the figures. */
  static Fingerprint of(Path db) throws IOException {
    Fingerprint graph = graphOf(db);
    Map<String, String> folders = new TreeMap<>();
    try (Stream<Path> entries = Files.list(db)) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!Files.isDirectory(p) || name.startsWith("Data-") || name.equals("ingest-uploads"))
          continue;
        folders.put(
            name, LuceneDigest.isIndex(p) ? LuceneDigest.of(p) : filesDigest(p, db.resolve(name)));
      }
    }
    return new Fingerprint(graph.graph, graph.quads, folders);
  }

  /** The first difference from {@code other}, or null when they are equal. */
  String difference(Fingerprint other) {
    if (!graph.equals(other.graph)) return "graph (" + quads + " vs " + other.quads + " quads)";
    for (String f : union(other)) {
      if (!String.valueOf(folders.get(f)).equals(String.valueOf(other.folders.get(f))))
        return f + "/";
    }
    return null;
  }

  private List<String> union(Fingerprint other) {
    TreeMap<String, String> all = new TreeMap<>(folders);
    all.putAll(other.folders);
    return new ArrayList<>(all.keySet());
  }

  private static List<String> quads(DatasetGraph dsg) {
    List<String> lines = new ArrayList<>();
    dsg.find().forEachRemaining(q -> lines.add(line(q)));
    return lines;
  }

  private static String line(Quad q) {
    return String.join(
        " ",
        NodeFmtLib.strNT(q.getGraph()),
        NodeFmtLib.strNT(q.getSubject()),
        NodeFmtLib.strNT(q.getPredicate()),
        q.getPredicate().equals(Vocab.GRAPH_STATE) || isTime(q.getObject())
            ? VOLATILE
            : NodeFmtLib.strNT(q.getObject()));
  }

  private static boolean isTime(Node o) {
    return o.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(o.getLiteralDatatypeURI());
  }

  /** Each regular file's path and content, sorted by path (the figure store is one such folder). */
  private static String filesDigest(Path folder, Path base) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        MessageDigest sha = Checksums.sha256();
        lines.add(
            base.relativize(f) + " " + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return digest(lines);
  }

  static String digest(List<String> lines) {
    MessageDigest sha = Checksums.sha256();
    for (String l : lines) {
      sha.update(l.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
    return lines.size() + ":" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }
}
