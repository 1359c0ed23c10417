package org.pwckg.server.ld;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The downloadable dumps: the default graph as gzipped N-Triples, written on first request (and
 * after an update) into the dumps folder, then served as a file.
 */
public final class Dumps {
  public static final String FULL = "pwckg.nt.gz";
  private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
  private final Store store;
  private final Path folder;

  public Dumps(Store store, Path folder) {
    this.store = store;
    this.folder = folder;
  }

  public List<String> names() {
    return List.of(FULL);
  }

  /** The dump file, written now if it is not there yet. */
  public synchronized Path file(String name) {
    if (!names().contains(name))
      throw ApiException.notFound("No dump named '" + name + "'; dumps: " + names());
    Path file = folder.resolve(name);
    if (!Files.exists(file)) write(file);
    return file;
  }

  /** Drops the written dumps after the data changed. */
  public synchronized void invalidate() {
    try {
      Files.deleteIfExists(folder.resolve(FULL));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Path file) {
    long start = System.nanoTime();
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, "dump", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        store.read(
            () -> {
              RDFDataMgr.write(out, store.graph().getDefaultGraph(), Lang.NTRIPLES);
              return null;
            });
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LOG.info("Wrote {} in {} ms", file, (System.nanoTime() - start) / 1_000_000);
  }
}
