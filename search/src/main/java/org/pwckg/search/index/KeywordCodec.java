package org.pwckg.search.index;

import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104PostingsFormat;

/**
 * The default codec with a Bloom filter on the id field. Each page of results looks up its papers
 * by IRI ({@link FacetedSearcher#docsOf}): an IRI lies in one segment of the seventeen that an
 * archive-scale index holds, and without the filter each of the other sixteen loads and
 * decompresses a terms block to learn that it is absent (a quarter of a semantic search's time).
 * The per-field format is recorded by name in each segment, so readers need no custom codec.
 */
final class KeywordCodec {
  private KeywordCodec() {}

  static Codec create() {
    PostingsFormat ids = new BloomFilteringPostingsFormat(new Lucene104PostingsFormat());
    return new Lucene104Codec() {
      @Override
      public PostingsFormat getPostingsFormatForField(String field) {
        return IndexFields.ID.equals(field) ? ids : super.getPostingsFormatForField(field);
      }
    };
  }
}
