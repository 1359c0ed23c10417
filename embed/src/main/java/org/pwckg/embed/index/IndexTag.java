package org.pwckg.embed.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Which vector space an index holds, kept in the commit's user data so that vectors of two models
 * never meet in one index.
 */
public record IndexTag(String modelId, int dimension) {
  private static final String MODEL = "pwckg.model";
  private static final String DIMENSION = "pwckg.dimension";

  Map<String, String> userData() {
    return Map.of(MODEL, modelId, DIMENSION, Integer.toString(dimension));
  }

  /**
   * The tag of the index at {@code path} as of its last commit; empty when there is no index there
   * or it carries no tag. Reads without the write lock, so a running writer does not stop it.
   */
  public static Optional<IndexTag> recorded(Path path) {
    if (!Files.isDirectory(path)) return Optional.empty();
    try (Directory directory = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(directory)) return Optional.empty();
      return Optional.ofNullable(
          fromUserData(SegmentInfos.readLatestCommit(directory).getUserData()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the vector index at " + path, e);
    }
  }

  /** The tag of an existing commit, or null when the commit carries none. */
  static IndexTag fromUserData(Map<String, String> data) {
    String model = data.get(MODEL);
    String dimension = data.get(DIMENSION);
    return model == null || dimension == null
        ? null
        : new IndexTag(model, Integer.parseInt(dimension));
  }

  @Override
  public String toString() {
    return modelId + " (" + dimension + "-d)";
  }
}
