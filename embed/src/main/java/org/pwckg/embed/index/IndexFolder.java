package org.pwckg.embed.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens a Lucene index folder (the vector indexes here, the keyword index in search) with the same
 * answers: another process holding its write lock is one clear line, and a failed open leaves no
 * directory handle behind.
 */
public final class IndexFolder {
  private IndexFolder() {}

  /** What to build on the opened directory; it owns the directory once it returns. */
  public interface Opener<T> {
    T open(Directory directory) throws IOException;
  }

  /** Opens {@code path}, the {@code what} ("vector index"), and builds {@code opener}'s index. */
  public static <T> T open(Path path, String what, Opener<T> opener) {
    try {
      Directory directory = FSDirectory.open(path);
      try {
        return opener.open(directory);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException(
          "The " + what + " at " + path + " is open in another process", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the " + what + " at " + path, e);
    }
  }
}
