package org.pwckg.embed.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.TextHash;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.model.Role;

/** Round trips through the index with real title vectors of the PWC sample. */
class VectorIndexTest {
  private static final IndexTag MINILM = new IndexTag(BundledModel.DEFAULT.id(), 384);
  private static List<EmbedDoc> docs;
  private static float[][] vectors;

  @TempDir Path dir;

  @BeforeAll
  static void embedTitles() {
    docs = RealData.titles().subList(0, 40);
    try (OnnxEmbedder embedder = TestModels.minilm()) {
      vectors = embedder.embed(docs.stream().map(EmbedDoc::text).toList(), Role.PASSAGE);
    }
  }

  private VectorIndex filled() {
    VectorIndex index = VectorIndex.open(dir, MINILM, false);
    for (int i = 0; i < docs.size(); i++)
      index.upsert(docs.get(i).id(), vectors[i], TextHash.of(docs.get(i).text()));
    index.commit();
    return index;
  }

  @Test
  void every_document_is_its_own_nearest_neighbour() {
    try (VectorIndex index = filled()) {
      for (int i = 0; i < docs.size(); i++) {
        VectorHit best = index.search(vectors[i], 1).get(0);
        assertThat(best.id()).isEqualTo(docs.get(i).id());
        assertThat(best.score()).isCloseTo(1f, within(1e-4f));
      }
    }
  }

  @Test
  void scores_are_cosine_similarities_best_first() {
    try (VectorIndex index = filled()) {
      List<VectorHit> hits = index.search(vectors[0], 5);
      assertThat(hits).hasSize(5);
      for (VectorHit hit : hits) {
        int i = indexOf(hit.id());
        assertThat(hit.score()).isCloseTo(dot(vectors[0], vectors[i]), within(1e-4f));
      }
      assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
    }
  }

  @Test
  void cosine_is_a_dot_product_in_index_order_and_agrees_with_the_search_score() {
    try (VectorIndex index = filled()) {
      for (float[] query : vectors) {
        for (VectorHit hit : index.search(query, 10)) {
          float[] v = vectors[indexOf(hit.id())];
          double dot = 0;
          for (int d = 0; d < v.length; d++) dot += (double) query[d] * v[d];
          // The same bits as a plain loop, whatever the JIT has compiled; the search's own score
          // (lanes summed in another order) agrees to float precision only.
          assertThat(VectorIndex.cosine(query, v)).isEqualTo((float) dot);
          assertThat(VectorIndex.cosine(query, v)).isCloseTo(hit.score(), within(1e-5f));
        }
      }
    }
  }

  @Test
  void a_search_over_more_candidates_keeps_the_best_k_of_them() {
    try (VectorIndex index = filled()) {
      List<VectorHit> wide = index.search(vectors[0], 20, null);
      List<VectorHit> kept = index.search(vectors[0], 5, 20, null);
      assertThat(kept).isEqualTo(wide.subList(0, 5));
    }
  }

  @Test
  void a_filter_keeps_results_among_the_given_ids() {
    try (VectorIndex index = filled()) {
      Set<String> allowed = Set.of(docs.get(3).id(), docs.get(7).id(), docs.get(11).id());
      List<VectorHit> hits = index.search(vectors[0], 10, allowed);
      assertThat(hits).extracting(VectorHit::id).containsExactlyInAnyOrderElementsOf(allowed);
    }
  }

  @Test
  void the_stored_vector_comes_back_in_full_precision() {
    try (VectorIndex index = filled()) {
      assertThat(index.vectorOf(docs.get(5).id()))
          .hasValueSatisfying(v -> assertThat(v).containsExactly(vectors[5]));
      assertThat(index.vectorOf("https://paperswithcode.com/paper/no-such-paper")).isEmpty();
    }
  }

  @Test
  void vectors_of_several_ids_come_back_in_one_read_across_segments() {
    try (VectorIndex index = filled()) {
      // A second commit leaves a second segment, so the read crosses segments.
      index.upsert(docs.get(20).id(), vectors[21], "second-segment");
      index.commit();
      java.util.Map<String, float[]> found =
          index.vectorsOf(
              List.of(
                  docs.get(3).id(),
                  docs.get(20).id(),
                  docs.get(33).id(),
                  "https://paperswithcode.com/paper/no-such-paper"));
      assertThat(found).containsOnlyKeys(docs.get(3).id(), docs.get(20).id(), docs.get(33).id());
      assertThat(found.get(docs.get(3).id())).containsExactly(vectors[3]);
      assertThat(found.get(docs.get(20).id())).containsExactly(vectors[21]);
      assertThat(found.get(docs.get(33).id())).containsExactly(vectors[33]);
    }
  }

  @Test
  void merging_leaves_one_segment_with_every_vector_and_the_same_answers() {
    try (VectorIndex index = filled()) {
      index.upsert(docs.get(0).id(), vectors[0], "again");
      index.commit();
      assertThat(index.segments()).isGreaterThan(1);
      List<VectorHit> before = index.search(vectors[7], 5);
      index.mergeSegments();
      assertThat(index.segments()).isEqualTo(1);
      assertThat(index.size()).isEqualTo(docs.size());
      assertThat(index.search(vectors[7], 5))
          .extracting(VectorHit::id)
          .containsExactlyElementsOf(before.stream().map(VectorHit::id).toList());
      java.util.Map<String, float[]> all = new java.util.HashMap<>();
      index.forEach(all::put);
      assertThat(all).hasSize(docs.size());
      assertThat(all.get(docs.get(12).id())).containsExactly(vectors[12]);
    }
  }

  @Test
  void an_index_of_the_old_hnsw_format_is_searched_and_merging_rewrites_it_into_codes()
      throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig().setCodec(oldHnswCodec()))) {
      for (int i = 0; i < docs.size(); i++) {
        Document doc = new Document();
        doc.add(new StringField(VectorIndex.ID, docs.get(i).id(), Field.Store.YES));
        doc.add(
            new StringField(VectorIndex.HASH, TextHash.of(docs.get(i).text()), Field.Store.YES));
        doc.add(new StringField(VectorIndex.MODEL, MINILM.modelId(), Field.Store.YES));
        doc.add(
            new KnnFloatVectorField(
                VectorIndex.VECTOR, vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
        writer.addDocument(doc);
      }
      writer.setLiveCommitData(MINILM.userData().entrySet());
      writer.commit();
    }
    try (VectorIndex index = VectorIndex.open(dir, MINILM, false)) {
      List<VectorHit> before = index.search(vectors[3], 5);
      assertThat(before.getFirst().id()).isEqualTo(docs.get(3).id());
      assertThat(storesCodes()).isFalse();
      assertThat(index.merged()).isFalse(); // one segment, but of the old format
      index.mergeSegments();
      assertThat(storesCodes()).isTrue();
      assertThat(index.merged()).isTrue();
      assertThat(index.size()).isEqualTo(docs.size());
      assertThat(index.search(vectors[3], 5))
          .extracting(VectorHit::id)
          .containsExactlyElementsOf(before.stream().map(VectorHit::id).toList());
      assertThat(index.contains(docs.get(3).id(), TextHash.of(docs.get(3).text()))).isTrue();
    }
  }

  private static Codec oldHnswCodec() {
    KnnVectorsFormat hnswInt8 =
        new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, 16, 100);
    return new Lucene104Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return hnswInt8;
      }
    };
  }

  private boolean storesCodes() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (var leaf : reader.leaves())
        if (!BitCodes.stored(leaf.reader(), VectorIndex.VECTOR)) return false;
      return true;
    }
  }

  @Test
  void contains_holds_only_for_the_text_that_was_embedded() {
    try (VectorIndex index = filled()) {
      EmbedDoc doc = docs.get(2);
      assertThat(index.contains(doc.id(), TextHash.of(doc.text()))).isTrue();
      assertThat(index.contains(doc.id(), TextHash.of(doc.text() + " (revised)"))).isFalse();
    }
  }

  @Test
  void upserting_an_existing_id_replaces_its_vector() {
    try (VectorIndex index = filled()) {
      index.upsert(docs.get(0).id(), vectors[1], "new-hash");
      index.commit();
      assertThat(index.size()).isEqualTo(docs.size());
      assertThat(index.vectorOf(docs.get(0).id()))
          .hasValueSatisfying(v -> assertThat(v).containsExactly(vectors[1]));
      assertThat(index.contains(docs.get(0).id(), "new-hash")).isTrue();
    }
  }

  @Test
  void writes_without_a_commit_are_lost_on_close() {
    try (VectorIndex index = VectorIndex.open(dir, MINILM, false)) {
      index.upsert(docs.get(0).id(), vectors[0], "h0");
      index.commit();
      index.upsert(docs.get(1).id(), vectors[1], "h1");
    }
    try (VectorIndex index = VectorIndex.open(dir, MINILM, false)) {
      assertThat(index.size()).isEqualTo(1);
      assertThat(index.contains(docs.get(0).id(), "h0")).isTrue();
    }
  }

  @Test
  void an_index_of_another_model_is_refused() {
    filled().close();
    IndexTag other = new IndexTag("bge-small-en-v1.5@fp32", 384);
    assertThatThrownBy(() -> VectorIndex.open(dir, other, false))
        .isInstanceOf(ModelMismatchException.class)
        .hasMessageContaining(MINILM.toString())
        .hasMessageContaining("--rebuild");
  }

  @Test
  void rebuilding_empties_the_index_for_the_new_model() {
    filled().close();
    IndexTag other = new IndexTag("bge-small-en-v1.5@fp32", 384);
    try (VectorIndex index = VectorIndex.open(dir, other, true)) {
      assertThat(index.size()).isZero();
    }
    try (VectorIndex index = VectorIndex.open(dir, other, false)) {
      assertThat(index.tag()).isEqualTo(other);
    }
  }

  @Test
  void a_vector_of_the_wrong_size_or_length_is_refused() {
    try (VectorIndex index = VectorIndex.open(dir, MINILM, false)) {
      assertThatThrownBy(() -> index.upsert("x", new float[3], "h")).hasMessageContaining("384-d");
      float[] doubled = vectors[0].clone();
      for (int d = 0; d < doubled.length; d++) doubled[d] *= 2;
      assertThatThrownBy(() -> index.upsert("x", doubled, "h"))
          .hasMessageContaining("not L2-normalised");
    }
  }

  @Test
  void a_second_writer_is_kept_out() {
    try (VectorIndex index = VectorIndex.open(dir, MINILM, false)) {
      assertThatThrownBy(() -> VectorIndex.open(dir, MINILM, false))
          .hasMessageContaining("open in another process");
      assertThat(index.size()).isZero();
    }
  }

  private static int indexOf(String id) {
    for (int i = 0; i < docs.size(); i++) if (docs.get(i).id().equals(id)) return i;
    throw new AssertionError(id);
  }

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
