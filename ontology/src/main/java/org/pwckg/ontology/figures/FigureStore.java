package org.pwckg.ontology.figures;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * The content-addressed store of figure files beside the database: {@code
 * <db>/figures/sha256/ab/cdef….png} for the file with SHA-256 {@code abcdef…} and {@code
 * <db>/figures/thumbnails/ab/cdef….png} for its thumbnail. A file is written under a temporary name
 * and moved into place in one step, so a name in the store always holds a whole file, and a file
 * already there is not written again. Files outlive a run that is killed before its graph commit;
 * they are harmless (nothing points to them) and the next run finds them in place. A temporary file
 * the kill left half-written is removed by the next run ({@link #removeLeftovers()}).
 */
public final class FigureStore {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final String TMP_PREFIX = ".";
  private static final String TMP_SUFFIX = ".tmp";

  /** A stored figure file and its format. */
  public record Stored(Path file, ImageFormat format) {}

  private final Path root;

  public FigureStore(Path db) {
    this.root = DatabaseLayout.figures(db);
  }

  public static boolean isSha256(String s) {
    return s != null && SHA256.matcher(s).matches();
  }

  public Path original(String sha256, ImageFormat format) {
    return shard("sha256", sha256).resolveSibling(sha256.substring(2) + "." + format.extension());
  }

  public Path thumbnail(String sha256) {
    return shard("thumbnails", sha256).resolveSibling(sha256.substring(2) + ".png");
  }

  /** The stored file of {@code sha256}, whatever its format. */
  public Optional<Stored> find(String sha256) {
    if (!isSha256(sha256)) return Optional.empty();
    for (ImageFormat f : ImageFormat.values()) {
      Path p = original(sha256, f);
      if (Files.isRegularFile(p)) return Optional.of(new Stored(p, f));
    }
    return Optional.empty();
  }

  /** Stores the file and its thumbnail unless already there; true when the file was new. */
  public boolean put(ProbedImage image) {
    Path target = original(image.sha256(), image.format());
    boolean added = !Files.exists(target);
    if (added) write(target, out -> out.write(image.bytes()));
    Path thumb = thumbnail(image.sha256());
    if (!Files.exists(thumb)) {
      BufferedImage small = Thumbnails.of(image.image());
      write(thumb, out -> ImageIO.write(small, "png", out));
    }
    return added;
  }

  /**
   * Deletes the temporary files ({@code .…tmp}) a run killed while writing left in the store, and
   * says how many. Only for a run that holds the database: no other run writes the store then.
   */
  public int removeLeftovers() {
    if (!Files.isDirectory(root)) return 0;
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> leftovers = files.filter(FigureStore::isTemporary).toList();
      for (Path p : leftovers) Files.deleteIfExists(p);
      return leftovers.size();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clear the figure store " + root, e);
    }
  }

  private static boolean isTemporary(Path p) {
    String name = p.getFileName().toString();
    return name.startsWith(TMP_PREFIX) && name.endsWith(TMP_SUFFIX) && Files.isRegularFile(p);
  }

  private Path shard(String kind, String sha256) {
    if (!isSha256(sha256)) throw new IllegalArgumentException("not a SHA-256: " + sha256);
    return root.resolve(kind).resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  private static void write(Path target, Writing writing) {
    Path tmp = null;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempFile(target.getParent(), TMP_PREFIX, TMP_SUFFIX);
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writing.to(out);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) return;
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // The temporary name is never read; a leftover only takes space.
    }
  }
}
