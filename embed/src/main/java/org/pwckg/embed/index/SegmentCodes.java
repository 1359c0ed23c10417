package org.pwckg.embed.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Each open segment's {@link BitCodes}, copied on first use and dropped when Lucene closes the
 * segment (a merge or a refresh replaces it): deletions do not change a segment's codes.
 */
final class SegmentCodes {
  private final String field;
  private final Map<Object, Optional<BitCodes>> bySegment = new ConcurrentHashMap<>();

  SegmentCodes(String field) {
    this.field = field;
  }

  Optional<BitCodes> of(LeafReader leaf) {
    IndexReader.CacheHelper core = leaf.getCoreCacheHelper();
    if (core == null) return load(leaf);
    return bySegment.computeIfAbsent(
        core.getKey(),
        key -> {
          core.addClosedListener(bySegment::remove);
          return load(leaf);
        });
  }

  private Optional<BitCodes> load(LeafReader leaf) {
    try {
      return BitCodes.of(leaf, field);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the vector codes of " + leaf, e);
    }
  }
}
