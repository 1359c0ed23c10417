package org.pwckg.embed.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * The default codec with int8 scalar-quantised HNSW vectors: a quarter of the float graph's memory
 * for search, while the float vectors stay on disk for re-ranking and {@code vectorOf}. The
 * per-field format is recorded by name in each segment, so readers need no custom codec.
 */
final class VectorCodec {
  static final int MAX_CONNECTIONS = 16;
  static final int BEAM_WIDTH = 100;

  /** DeepSeek-VL 7B vectors are 4096-d; Lucene's formats accept 1024 unless told otherwise. */
  static final int MAX_DIMENSIONS = 4096;

  private VectorCodec() {}

  static Codec create() {
    // Same format and name as Lucene's (segments read back without this class); only the writer's
    // dimension limit is raised.
    KnnVectorsFormat format =
        new Lucene104HnswScalarQuantizedVectorsFormat(
            ScalarEncoding.UNSIGNED_BYTE, MAX_CONNECTIONS, BEAM_WIDTH) {
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
