package org.pwckg.ingest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * The storage folders of a TDB2 database: {@code Data-NNNN}, of which TDB2 opens the highest. TDB2
 * itself deletes {@code Data-NNNN-tmp} folders when it opens a database (they are unfinished
 * compactions); a bulk load builds its storage under such a name and renames it into place when
 * complete, so a killed load leaves nothing behind.
 */
final class Generations {
  private static final Pattern DATA = DatabaseLayout.GENERATION;

  private Generations() {}

  static List<Path> all(Path db) {
    if (!Files.isDirectory(db)) return List.of();
    try (Stream<Path> entries = Files.list(db)) {
      return entries
          .filter(Files::isDirectory)
          .filter(p -> DATA.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(Generations::number))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int highest(Path db) {
    List<Path> all = all(db);
    return all.isEmpty() ? 0 : number(all.get(all.size() - 1));
  }

  static Path name(Path db, int n) {
    return DatabaseLayout.generation(db, n);
  }

  static Path staging(Path db, int n) {
    return DatabaseLayout.stagingGeneration(db, n);
  }

  /** Renames the finished storage into place (one atomic step) and removes older generations. */
  static void publish(Path staging, Path target) throws IOException {
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    syncFolder(target.getParent());
    for (Path old : all(target.getParent())) {
      if (number(old) < number(target)) deleteTree(old);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  private static int number(Path p) {
    Matcher m = DATA.matcher(p.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /**
   * Makes the rename durable (Linux allows fsync of a directory; elsewhere this is best effort).
   */
  private static void syncFolder(Path folder) {
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported on this platform: the rename is still atomic, only not yet forced to disk.
    }
  }
}
