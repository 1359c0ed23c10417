package org.pwckg.ontology.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pwckg.ontology.store.GraphState;
import org.pwckg.ontology.store.load.PackedLoad;

/**
 * Restores a backup into a new database folder: checks every entry first, loads the graph with
 * {@link PackedLoad} and puts the files back, all in a temporary folder beside the target that is
 * renamed into place at the end; a failure leaves no target behind. The keyword index comes back
 * with the graph state it recorded, which the restored graph carries too, so it is not rebuilt.
 */
public final class BackupRestore {
  private BackupRestore() {}

  public static BackupManifest restore(Path backup, Path target) {
    refuseNonEmpty(target);
    try (BackupArchive archive = BackupArchive.open(backup).verify()) {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path work = parent.resolve(target.getFileName() + ".restoring-" + UUID.randomUUID());
      try {
        Files.createDirectory(work);
        load(archive, work);
        extract(archive, work);
        if (Files.isDirectory(target)) Files.delete(target);
        Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        return archive.manifest();
      } catch (IOException | RuntimeException e) {
        deleteTree(work);
        throw e;
      }
    } catch (IOException e) {
      throw new BackupException("restoring " + backup + " into " + target + " failed: " + e);
    }
  }

  private static void refuseNonEmpty(Path target) {
    if (!Files.exists(target)) return;
    try (Stream<Path> entries = Files.list(target)) {
      if (Files.isDirectory(target) && entries.findAny().isEmpty()) return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new BackupException(
        target + " is not empty: restore into a new folder (a restore never mixes with data)");
  }

  private static void load(BackupArchive archive, Path work) throws IOException {
    DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(work.toString());
    try {
      PackedLoad load = PackedLoad.into(TDBInternal.getDatasetGraphTDB(dsg));
      try (InputStream in = new GZIPInputStream(archive.open(BackupWriter.GRAPH), 1 << 16)) {
        RDFParser.source(in).lang(Lang.NQUADS).parse(load.stream());
        load.finish();
      } catch (IOException | RuntimeException e) {
        load.cancel();
        throw e;
      }
    } finally {
      TDBInternal.expel(dsg);
    }
    // Opened afresh: the objects of the first connection do not see the packed indexes.
    DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(work.toString());
    try {
      BackupManifest m = archive.manifest();
      long quads = Txn.calculateRead(loaded, () -> count(loaded));
      String state = Txn.calculateRead(loaded, () -> GraphState.read(loaded));
      if (quads != m.quads() || !state.equals(m.graphState()))
        throw new BackupException(
            "the restored graph has "
                + quads
                + " quads at state '"
                + state
                + "', the manifest says "
                + m.quads()
                + " at '"
                + m.graphState()
                + "'");
    } finally {
      TDBInternal.expel(loaded);
    }
  }

  private static long count(DatasetGraph dsg) {
    long n = 0;
    for (var it = dsg.find(); it.hasNext(); it.next()) n++;
    return n;
  }

  private static void extract(BackupArchive archive, Path work) throws IOException {
    Path root = work.toAbsolutePath().normalize();
    for (BackupManifest.Entry entry : archive.manifest().files()) {
      if (!entry.path().startsWith(BackupWriter.FILES)) continue;
      Path to = root.resolve(entry.path().substring(BackupWriter.FILES.length())).normalize();
      if (!to.startsWith(root) || to.equals(root))
        throw new BackupException(entry.path() + " would be written outside the database folder");
      Files.createDirectories(to.getParent());
      try (InputStream in = archive.open(entry.path())) {
        Files.copy(in, to);
      }
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: the folder's name says what it is
    }
  }
}
