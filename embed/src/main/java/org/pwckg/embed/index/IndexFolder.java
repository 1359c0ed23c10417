package org.pwckg.embed.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.ReadAdvice;

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
      if (directory instanceof MMapDirectory mapped) mapped.setReadAdvice(IndexFolder::advice);
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

  /**
   * Files are read at random unless Lucene's context says otherwise (merges and flushes read
   * sequentially, a codec may hint either way): opening an index touches the head and tail of each
   * file, and under the kernel's default read-ahead (8 MiB on this project's virtual disks) a cold
   * start of the full archive read ~540 MB of keyword index that no query had asked for yet.
   */
  static Optional<ReadAdvice> advice(String file, IOContext context) {
    return MMapDirectory.ADVISE_BY_CONTEXT
        .apply(file, context)
        .map(advice -> advice == ReadAdvice.NORMAL ? ReadAdvice.RANDOM : advice);
  }

  /** Work on a searcher of the index, which stays valid (and unchanged) while it runs. */
  public interface SearcherWork<S extends IndexSearcher, T> {
    T apply(S searcher) throws IOException;
  }

  /**
   * Runs {@code work} on the manager's current searcher (of type {@code S}, what the manager's
   * factory makes) and releases it whatever happens.
   */
  @SuppressWarnings("unchecked")
  public static <S extends IndexSearcher, T> T withSearcher(
      SearcherManager searchers, SearcherWork<S, T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply((S) searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
