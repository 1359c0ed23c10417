package org.pwckg.embed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pwckg.embed.TestModels;

/** The models shipped on the classpath, found by the id their vectors carry. */
class BundledModelTest {
  @Test
  void the_default_is_the_int8_model_over_128_tokens() {
    assertThat(BundledModel.DEFAULT.id()).isEqualTo("all-MiniLM-L6-v2@int8-128");
    assertThat(BundledModel.DEFAULT.config().maxTokens()).isEqualTo(128);
  }

  @Test
  void every_bundled_model_is_found_by_its_own_id() {
    for (BundledModel model : BundledModel.values())
      assertThat(BundledModel.byId(model.id())).contains(model);
    assertThat(Arrays.stream(BundledModel.values()).map(BundledModel::id))
        .containsExactlyInAnyOrder("all-MiniLM-L6-v2@int8-128", "all-MiniLM-L6-v2@fp32");
  }

  @Test
  void an_id_no_bundled_model_has_finds_none() {
    assertThat(BundledModel.byId("bge-small-en-v1.5@fp32")).isEmpty();
  }

  @Test
  void each_model_is_extracted_into_its_own_directory_with_its_own_config() {
    ModelFiles int8 = BundledModel.MINILM_INT8_128.extract(TestModels.cacheRoot());
    ModelFiles fp32 = BundledModel.MINILM_FP32.extract(TestModels.cacheRoot());
    assertThat(int8.onnx().getParent()).isNotEqualTo(fp32.onnx().getParent());
    assertThat(int8.config()).isEqualTo(BundledModel.MINILM_INT8_128.config());
    assertThat(fp32.config()).isEqualTo(BundledModel.MINILM_FP32.config());
    assertThat(int8.onnx().toFile().length()).isLessThan(fp32.onnx().toFile().length() / 3);
  }
}
