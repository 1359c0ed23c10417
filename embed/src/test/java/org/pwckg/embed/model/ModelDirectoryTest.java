package org.pwckg.embed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.TestModels;

/**
 * A --model-dir model: MiniLM's ONNX file driven by a config that pools [CLS] and adds e5-style
 * prefixes.
 */
class ModelDirectoryTest {
  @TempDir static Path dir;
  private static OnnxEmbedder mean;
  private static OnnxEmbedder cls;

  @BeforeAll
  static void load() throws IOException {
    mean = TestModels.minilm();
    ModelFiles bundled = BundledModel.DEFAULT.extract(TestModels.cacheRoot());
    Files.createSymbolicLink(dir.resolve(ModelFiles.ONNX), bundled.onnx());
    Files.copy(bundled.tokenizer(), dir.resolve(ModelFiles.TOKENIZER));
    Files.writeString(
        dir.resolve(ModelConfig.FILE_NAME),
        """
        {"id": "minilm-cls-test", "pooling": "cls", "maxTokens": 128,
         "queryPrefix": "query: ", "passagePrefix": "passage: "}""");
    cls =
        OnnxEmbedder.open(
            ModelFiles.fromDir(dir), TestModels.cacheRoot(), EmbedderOptions.forQueries());
  }

  @AfterAll
  static void close() {
    mean.close();
    cls.close();
  }

  @Test
  void the_model_id_comes_from_the_config() {
    assertThat(cls.modelId()).isEqualTo("minilm-cls-test");
    assertThat(cls.dimension()).isEqualTo(384);
  }

  @Test
  void cls_pooling_gives_another_vector_than_mean_pooling() {
    float[] byCls = cls.embed(List.of("ship detection in satellite images"), Role.PASSAGE)[0];
    float[] byMean =
        mean.embed(List.of("passage: ship detection in satellite images"), Role.PASSAGE)[0];
    assertThat(OnnxEmbedderTest.dot(byCls, byCls)).isCloseTo(1f, within(1e-5f));
    assertThat(OnnxEmbedderTest.dot(byCls, byMean)).isLessThan(0.95f);
  }

  @Test
  void queries_get_the_query_prefix() {
    assertThat(cls.tokenize(List.of("ship detection"), Role.QUERY).ids()[0])
        .isEqualTo(mean.tokenize(List.of("query: ship detection"), Role.PASSAGE).ids()[0]);
  }

  @Test
  void passages_get_the_passage_prefix() {
    assertThat(cls.tokenize(List.of("ship detection"), Role.PASSAGE).ids()[0])
        .isEqualTo(mean.tokenize(List.of("passage: ship detection"), Role.PASSAGE).ids()[0]);
  }

  @Test
  void max_tokens_comes_from_the_config() {
    Tokens tokens = cls.tokenize(List.of("word ".repeat(500)), Role.PASSAGE);
    assertThat(tokens.length(0)).isEqualTo(128);
  }
}
