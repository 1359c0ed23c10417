package org.pwckg.embed.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104ScalarQuantizedVectorsFormat;

/**
 * The default codec with flat vectors: each float vector on disk (for re-ranking and {@code
 * vectorOf}) and its 1-bit code, which search scans in full ({@link BitCodes}). No HNSW graph: on
 * the generated archive's vectors the graph missed a fifth of the true top ten, and building it was
 * most of {@code pwckg embed}'s final merge. The per-field format is recorded by name in each
 * segment, so readers need no custom codec.
 */
final class VectorCodec {
  /** DeepSeek-VL 7B vectors are 4096-d; Lucene's formats accept 1024 unless told otherwise. */
  static final int MAX_DIMENSIONS = 4096;

  private VectorCodec() {}

  static Codec create() {
    // Same format and name as Lucene's (segments read back without this class); only the writer's
    // dimension limit is raised.
    KnnVectorsFormat format =
        new Lucene104ScalarQuantizedVectorsFormat(BitCodes.ENCODING) {
          @Override
          public int getMaxDimensions(String field) {
            return MAX_DIMENSIONS;
          }
        };
    return new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    };
  }
}
