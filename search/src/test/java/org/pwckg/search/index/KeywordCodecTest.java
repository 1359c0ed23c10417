package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.codecs.perfield.PerFieldPostingsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeywordCodecTest {
  @TempDir Path dir;

  @Test
  void ids_get_a_bloom_filter_and_every_other_field_the_default_postings() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig().setCodec(KeywordCodec.create()))) {
        for (String id : List.of("https://example.org/paper/a", "https://example.org/paper/b")) {
          Document doc = new Document();
          doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
          doc.add(new TextField(IndexFields.TEXT, "vision language model", Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().getFirst().reader();
        assertThat(postingsFormat(leaf, IndexFields.ID)).isEqualTo("BloomFilter");
        assertThat(postingsFormat(leaf, IndexFields.TEXT)).isEqualTo("Lucene104");
        // Read back without this class: the format is found by its recorded name.
        FacetedSearcher searcher = new FacetedSearcher(reader, IndexFields.facetsConfig());
        assertThat(searcher.docsOf(List.of("https://example.org/paper/b", "https://x.org/none")))
            .containsOnlyKeys("https://example.org/paper/b");
      }
    }
  }

  private static String postingsFormat(LeafReader leaf, String field) {
    return leaf.getFieldInfos()
        .fieldInfo(field)
        .getAttribute(PerFieldPostingsFormat.PER_FIELD_FORMAT_KEY);
  }
}
