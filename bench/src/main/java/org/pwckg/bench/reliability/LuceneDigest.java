package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.pwckg.ontology.Checksums;

/**
 * A Lucene index as its content, not its files: segment files differ between two equal runs (merge
 * order, timestamps in the commit data), the documents do not. Each live document is one line of
 * its stored fields and the exact bits of its vectors, and the lines are sorted.
 */
final class LuceneDigest {
  private LuceneDigest() {}

  static boolean isIndex(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    }
  }

  static String of(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) lines.addAll(documents(leaf.reader()));
    }
    lines.addAll(otherFiles(folder));
    lines.sort(null);
    return Fingerprint.digest(lines);
  }

  private static List<String> documents(LeafReader leaf) throws IOException {
    List<StringBuilder> docs = new ArrayList<>();
    Bits live = leaf.getLiveDocs();
    for (int d = 0; d < leaf.maxDoc(); d++) {
      StringBuilder line = new StringBuilder();
      if (live == null || live.get(d)) {
        Document doc = leaf.storedFields().document(d);
        List<String> fields = new ArrayList<>();
        for (IndexableField f : doc.getFields()) fields.add(f.name() + "=" + value(f));
        fields.sort(null);
        line.append(String.join("\t", fields));
      }
      docs.add(line);
    }
    for (FieldInfo fi : leaf.getFieldInfos()) {
      if (fi.getVectorDimension() == 0) continue;
      FloatVectorValues values = leaf.getFloatVectorValues(fi.name);
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        StringBuilder line = docs.get(d).append('\t').append(fi.name).append('=');
        for (float x : values.vectorValue(it.index()))
          line.append(Integer.toHexString(Float.floatToIntBits(x))).append(',');
      }
    }
    List<String> out = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++)
      if (live == null || live.get(d)) out.add(docs.get(d).toString());
    return out;
  }

  private static String value(IndexableField f) {
    if (f.binaryValue() != null)
      return HexFormat.of()
          .formatHex(f.binaryValue().bytes, f.binaryValue().offset, f.binaryValue().length);
    return f.stringValue() != null ? f.stringValue() : String.valueOf(f.numericValue());
  }

  /** Files beside the index that are not Lucene's own (a model tag, say), by content. */
  private static List<String> otherFiles(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!Files.isRegularFile(f) || isLuceneFile(name)) continue;
        lines.add("file " + name + " " + Checksums.sha256(Files.readAllBytes(f)));
      }
    }
    return lines;
  }

  private static boolean isLuceneFile(String name) {
    return name.startsWith("segments")
        || name.startsWith("_")
        || name.equals("write.lock")
        || name.startsWith("pending_segments");
  }
}
