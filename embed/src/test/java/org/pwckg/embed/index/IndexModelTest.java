package org.pwckg.embed.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;

/** Which text model embeds for a vector index: the one its vectors were made with. */
class IndexModelTest {
  @TempDir Path dir;

  private void createIndex(String modelId) {
    VectorIndex.open(dir, new IndexTag(modelId, 384), false).close();
  }

  @Test
  void a_new_index_gets_the_default_model() {
    assertThat(IndexModel.bundledFor(dir.resolve("vectors"))).isEqualTo(BundledModel.DEFAULT);
  }

  @Test
  void an_index_embedded_with_fp32_keeps_the_fp32_model() {
    createIndex("all-MiniLM-L6-v2@fp32");
    assertThat(IndexModel.bundledFor(dir)).isEqualTo(BundledModel.MINILM_FP32);
  }

  @Test
  void an_index_embedded_with_the_default_keeps_the_default() {
    createIndex("all-MiniLM-L6-v2@int8-128");
    assertThat(IndexModel.bundledFor(dir)).isEqualTo(BundledModel.MINILM_INT8_128);
  }

  @Test
  void the_embedder_for_an_fp32_index_opens_that_index() {
    createIndex("all-MiniLM-L6-v2@fp32");
    try (OnnxEmbedder embedder = IndexModel.embedderFor(dir, null, EmbedderOptions.forQueries());
        VectorIndex index =
            VectorIndex.open(dir, new IndexTag(embedder.modelId(), embedder.dimension()), false)) {
      assertThat(index.tag().modelId()).isEqualTo("all-MiniLM-L6-v2@fp32");
    }
  }

  @Test
  void an_index_of_a_model_not_bundled_gets_the_default_which_it_refuses() {
    createIndex("bge-small-en-v1.5@fp32");
    BundledModel chosen = IndexModel.bundledFor(dir);
    assertThat(chosen).isEqualTo(BundledModel.DEFAULT);
    assertThatThrownBy(() -> VectorIndex.open(dir, new IndexTag(chosen.id(), 384), false))
        .isInstanceOf(ModelMismatchException.class);
  }
}
