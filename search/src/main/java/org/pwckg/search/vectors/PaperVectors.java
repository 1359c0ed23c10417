package org.pwckg.search.vectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.model.Embedder;
import org.pwckg.search.SemanticIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paper vectors of a database ({@code <db>/vectors}, written by {@code pwckg embed}) with the
 * embedder of the same model, for queries. Owns both; a vector index of another model than the
 * embedder's is refused (embed's {@code ModelMismatchException}), since its vectors would be
 * meaningless against the query's.
 */
public final class PaperVectors implements SemanticIndex, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PaperVectors.class);

  private final Path path;
  private final Embedder embedder;
  private final VectorIndex index;

  private PaperVectors(Path path, Embedder embedder, VectorIndex index) {
    this.path = path;
    this.embedder = embedder;
    this.index = index;
  }

  /**
   * The vectors at {@code path} with {@code embedder} (which this then owns), or empty (and the
   * embedder closed) when there are none yet.
   */
  public static Optional<PaperVectors> open(Path path, Embedder embedder) {
    try {
      if (!exists(path)) {
        embedder.close();
        return Optional.empty();
      }
      VectorIndex index =
          VectorIndex.open(path, new IndexTag(embedder.modelId(), embedder.dimension()), false);
      return Optional.of(new PaperVectors(path, embedder, index));
    } catch (RuntimeException e) {
      embedder.close();
      throw e;
    }
  }

  /** Whether {@code path} holds a vector index. */
  public static boolean exists(Path path) {
    return Files.isDirectory(path) && hasIndex(path);
  }

  private static boolean hasIndex(Path path) {
    try (Directory dir = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String modelId() {
    return embedder.modelId();
  }

  @Override
  public float[] embedQuery(String text) {
    return embedder.embedQuery(text);
  }

  /**
   * At least this many neighbours are asked for, however few are wanted: the index re-ranks twice
   * as many best 1-bit codes on their float vectors, and a code orders close vectors only roughly.
   * On the one-segment index of 578k generated papers (title and abstract, whose nearest neighbours
   * lie within a cosine of 0.002 of each other), 150 gives recall@10 0.986 and 300 gives 0.996
   * (BENCHMARKS.md, "1-bit codes"); an index of the older HNSW format is asked the same.
   */
  static final int MIN_CANDIDATES = 150;

  /**
   * Starts copying the vector codes into the heap in the background, so that the first search does
   * not wait for them.
   */
  public void warmUp() {
    Thread.ofVirtual().name("vector-codes").start(this::warmUpNow);
  }

  private void warmUpNow() {
    try {
      index.warmUp();
    } catch (RuntimeException e) {
      // Closed before the codes were read (a quick stop, a swapped index): the next search reads
      // them.
      LOG.debug("Vector codes not warmed up: {}", e.toString());
    }
  }

  @Override
  public List<Neighbour> nearest(float[] vector, int k, Collection<String> onlyIds) {
    return index.search(vector, k, Math.max(k, MIN_CANDIDATES), onlyIds).stream()
        .map(h -> new Neighbour(h.id(), h.score()))
        .toList();
  }

  @Override
  public Map<String, float[]> vectorsOf(Collection<String> iris) {
    return index.vectorsOf(iris);
  }

  /**
   * The generation and version of the last commit: both move with every commit that changed
   * something.
   */
  @Override
  public String fingerprint() {
    try (Directory dir = FSDirectory.open(path)) {
      SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
      return commit.getGeneration() + "." + commit.getVersion();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int size() {
    return index.size();
  }

  @Override
  public void close() {
    try (embedder;
        index) {
      // both closed, index first
    }
  }
}
