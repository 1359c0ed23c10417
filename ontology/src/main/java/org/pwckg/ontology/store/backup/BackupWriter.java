package org.pwckg.ontology.store.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.Checksums;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.GraphState;

/**
 * Writes a backup of a database as one zip archive: the whole graph (every named graph) as {@value
 * #GRAPH}, read in one read transaction so that it is one state of the graph however many updates
 * commit meanwhile; the folders {@link DatabaseLayout#backedUp} names under {@code files/}; and
 * {@value #MANIFEST} last. The archive streams (the server writes it to the response), so a reader
 * trusts it only when the manifest is there and every checksum matches ({@link BackupArchive}).
 */
public final class BackupWriter {
  public static final String GRAPH = "graph.nq.gz";
  public static final String MANIFEST = "manifest.json";
  public static final String FILES = "files/";

  /**
   * Runs the copy of the keyword index at a moment when nothing writes it: a server runs it on the
   * thread that syncs the index; a database no one serves has no writer.
   */
  public interface IndexQuiet {
    void run(IoAction copy) throws IOException;

    IndexQuiet NO_WRITER = IoAction::run;
  }

  /** A piece of I/O work. */
  public interface IoAction {
    void run() throws IOException;
  }

  private BackupWriter() {}

  /** Writes the backup of the database {@code dsg} in the folder {@code db} to {@code out}. */
  public static BackupManifest write(
      DatasetGraph dsg, Path db, OutputStream out, IndexQuiet indexQuiet) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    List<BackupManifest.Entry> entries = new ArrayList<>();
    // Already compressed (gzip, images, Lucene's packed files): stored as they are, not deflated.
    zip.setLevel(Deflater.NO_COMPRESSION);
    Instant taken = Instant.now();
    GraphCounts counts = writeGraph(dsg, zip, entries);
    for (Path folder : DatabaseLayout.backedUp(db)) {
      if (folder.equals(DatabaseLayout.keywordIndex(db)))
        indexQuiet.run(() -> copyTree(db, folder, zip, entries));
      else copyTree(db, folder, zip, entries);
    }
    BackupManifest manifest =
        new BackupManifest(
            taken,
            counts.state(),
            counts.quads(),
            counts.defaultTriples(),
            counts.graphs(),
            entries);
    zip.putNextEntry(new ZipEntry(MANIFEST));
    zip.write(manifest.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    zip.flush();
    return manifest;
  }

  private record GraphCounts(String state, long quads, long defaultTriples, long graphs) {}

  private static GraphCounts writeGraph(
      DatasetGraph dsg, ZipOutputStream zip, List<BackupManifest.Entry> entries)
      throws IOException {
    zip.putNextEntry(new ZipEntry(GRAPH));
    Hashing hashing = new Hashing(zip);
    GZIPOutputStream gz = new GZIPOutputStream(hashing, 1 << 16);
    GraphCounts counts =
        Txn.calculateRead(
            dsg,
            () -> {
              StreamRDF stream = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
              stream.start();
              long quads = 0;
              long defaults = 0;
              for (Iterator<Quad> it = dsg.find(); it.hasNext(); quads++) {
                Quad q = it.next();
                if (q.isDefaultGraph()) defaults++;
                stream.quad(q);
              }
              stream.finish();
              long graphs = count(dsg.listGraphNodes());
              return new GraphCounts(GraphState.read(dsg), quads, defaults, graphs);
            });
    gz.finish();
    zip.closeEntry();
    entries.add(hashing.entry(GRAPH));
    return counts;
  }

  private static void copyTree(
      Path db, Path root, ZipOutputStream zip, List<BackupManifest.Entry> entries)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().equals("write.lock"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      String name = FILES + db.relativize(file).toString().replace('\\', '/');
      zip.putNextEntry(new ZipEntry(name));
      Hashing hashing = new Hashing(zip);
      Files.copy(file, hashing);
      zip.closeEntry();
      entries.add(hashing.entry(name));
    }
  }

  /** Counts and hashes what goes through it into the current entry, which it never closes. */
  private static final class Hashing extends FilterOutputStream {
    private final MessageDigest digest;
    private long bytes;

    Hashing(OutputStream zip) {
      super(zip);
      this.digest = Checksums.sha256();
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      digest.update((byte) b);
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      digest.update(b, off, len);
      bytes += len;
    }

    @Override
    public void close() {
      // the zip entry is closed by its writer
    }

    BackupManifest.Entry entry(String name) {
      return new BackupManifest.Entry(name, bytes, HexFormat.of().formatHex(digest.digest()));
    }
  }

  private static long count(Iterator<?> it) {
    long n = 0;
    for (; it.hasNext(); it.next()) n++;
    return n;
  }
}
