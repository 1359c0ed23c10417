package org.pwckg.embed.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.codecs.hnsw.FlatVectorsReader;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.hnsw.RandomVectorScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.model.Role;

/** The scan's codes and scores against Lucene's own scorer, on real title vectors. */
class BitCodesTest {
  private static List<EmbedDoc> titles;
  private static float[][] vectors;
  private static float[][] queries;

  @TempDir Path dir;

  @BeforeAll
  static void embed() {
    titles = RealData.titles();
    try (OnnxEmbedder embedder = TestModels.minilm()) {
      vectors = embedder.embed(titles.stream().map(EmbedDoc::text).toList(), Role.PASSAGE);
      queries =
          embedder.embed(
              List.of("vision language model", "graph neural networks for molecules"), Role.QUERY);
    }
  }

  @Test
  void every_score_is_the_one_lucene_gives_the_same_codes() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = written(directory, -1)) {
      LeafReader leaf = reader.leaves().getFirst().reader();
      BitCodes codes = BitCodes.of(leaf, VectorIndex.VECTOR).orElseThrow();
      assertThat(codes.size()).isEqualTo(vectors.length);
      FlatVectorsReader lucene =
          (FlatVectorsReader)
              ((PerFieldKnnVectorsFormat.FieldsReader) ((CodecReader) leaf).getVectorReader())
                  .getFieldReader(VectorIndex.VECTOR);
      for (float[] query : queries) {
        RandomVectorScorer scorer = lucene.getRandomVectorScorer(VectorIndex.VECTOR, query);
        for (int ord = 0; ord < codes.size(); ord++) {
          assertThat(codes.luceneScore(query, ord)).isCloseTo(scorer.score(ord), within(1e-5f));
        }
      }
    }
  }

  @Test
  void nearest_lists_the_best_codes_first_and_skips_deleted_documents() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = written(directory, 0)) {
      LeafReader leaf = reader.leaves().getFirst().reader();
      BitCodes codes = BitCodes.of(leaf, VectorIndex.VECTOR).orElseThrow();
      float[] query = vectors[0]; // its own document is deleted
      int[] nearest = codes.nearest(query, 10, leaf.getLiveDocs());
      int[] expected =
          IntStream.range(0, codes.size())
              .filter(ord -> leaf.getLiveDocs().get(ord))
              .boxed()
              .sorted(Comparator.comparingDouble(ord -> -codes.luceneScore(query, ord)))
              .limit(10)
              .mapToInt(Integer::intValue)
              .toArray();
      assertThat(nearest).containsExactly(expected);
      assertThat(Arrays.stream(nearest).boxed().toList()).doesNotContain(0);
      // Scanned in shares side by side (the pool's and this thread's), merged: the same list.
      assertThat(codes.nearest(query, 10, leaf.getLiveDocs(), 3)).containsExactly(expected);
      assertThat(codes.nearest(query, 10, leaf.getLiveDocs(), 7)).containsExactly(expected);
    }
  }

  @Test
  void segments_of_another_format_have_no_codes() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      IndexWriterConfig config = new IndexWriterConfig(); // Lucene's default: an HNSW graph
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        writer.addDocument(document(0));
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().getFirst().reader();
        assertThat(BitCodes.stored(leaf, VectorIndex.VECTOR)).isFalse();
        assertThat(BitCodes.of(leaf, VectorIndex.VECTOR)).isEmpty();
      }
    }
  }

  /** Every title vector in one segment, in order, less document {@code deleted} (-1: none). */
  private static DirectoryReader written(FSDirectory directory, int deleted) throws Exception {
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig().setCodec(VectorCodec.create()))) {
      for (int i = 0; i < vectors.length; i++) writer.addDocument(document(i));
      writer.forceMerge(1);
      if (deleted >= 0) writer.deleteDocuments(new Term(VectorIndex.ID, "v" + deleted));
      writer.commit();
    }
    return DirectoryReader.open(directory);
  }

  private static Document document(int i) {
    Document doc = new Document();
    doc.add(new StringField(VectorIndex.ID, "v" + i, Field.Store.YES));
    doc.add(
        new KnnFloatVectorField(
            VectorIndex.VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }
}
