package org.pwckg.embed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.job.EmbedDoc;

class OnnxEmbedderTest {
  private static OnnxEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = TestModels.minilm();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void bundled_model_is_all_minilm_with_384_dimensions() {
    assertThat(embedder.modelId()).isEqualTo("all-MiniLM-L6-v2@fp32");
    assertThat(embedder.dimension()).isEqualTo(384);
  }

  /**
   * Reference values from langchain4j's own runner of the same jar (AllMiniLmL6V2EmbeddingModel,
   * 1.19.0-beta29); the first sentence also matches the sentence-transformers model card.
   */
  @Test
  void golden_vectors_match_the_reference_runner() {
    float[][] v =
        embedder.embed(
            List.of(
                "This is an example sentence",
                "This is a test sentence.",
                "Graph neural networks for molecular property prediction"),
            Role.PASSAGE);
    assertStartsWith(
        v[0],
        0.0676569f,
        0.0634960f,
        0.0487131f,
        0.0793050f,
        0.0374480f,
        0.0026528f,
        0.0393750f,
        -0.0070984f);
    assertStartsWith(
        v[1],
        0.0842965f,
        0.0579537f,
        0.0044934f,
        0.1058212f,
        0.0070834f,
        -0.0178447f,
        -0.0168880f,
        -0.0152283f);
    assertStartsWith(
        v[2],
        -0.1125208f,
        -0.0567323f,
        0.0491096f,
        0.0073649f,
        -0.0074039f,
        0.0006224f,
        -0.0378182f,
        0.0462636f);
  }

  private static void assertStartsWith(float[] vector, float... expected) {
    for (int d = 0; d < expected.length; d++)
      assertThat(vector[d]).as("dimension %d", d).isCloseTo(expected[d], within(1e-4f));
  }

  @Test
  void a_text_embedded_alone_equals_it_embedded_among_longer_texts() {
    String shortText = "Attention is all you need";
    List<String> batch =
        new ArrayList<>(RealData.papers().subList(0, 5).stream().map(EmbedDoc::text).toList());
    batch.add(2, shortText);
    float[] alone = embedder.embed(List.of(shortText), Role.PASSAGE)[0];
    float[] padded = embedder.embed(batch, Role.PASSAGE)[2];
    for (int d = 0; d < alone.length; d++) assertThat(padded[d]).isCloseTo(alone[d], within(1e-5f));
  }

  @Test
  void vectors_have_unit_length() {
    for (float[] v :
        embedder.embed(
            List.of("a", "A much longer sentence about image segmentation."), Role.PASSAGE)) {
      assertThat(dot(v, v)).isCloseTo(1f, within(1e-5f));
    }
  }

  @Test
  void paraphrases_are_closer_than_unrelated_sentences() {
    float[][] v =
        embedder.embed(
            List.of(
                "A neural network that labels every pixel of an image",
                "Semantic segmentation with deep convolutional networks",
                "The stock market fell sharply on Monday"),
            Role.PASSAGE);
    assertThat(dot(v[0], v[1])).isGreaterThan(dot(v[0], v[2]) + 0.2f);
  }

  @Test
  void long_texts_are_truncated_to_max_tokens() {
    String longest =
        RealData.papers().stream()
            .map(EmbedDoc::text)
            .max((a, b) -> a.length() - b.length())
            .orElseThrow();
    Tokens tokens = embedder.tokenize(List.of(longest + " " + longest), Role.PASSAGE);
    assertThat(tokens.length(0)).isEqualTo(embedder.config().maxTokens());
  }

  static float dot(float[] a, float[] b) {
    float sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
