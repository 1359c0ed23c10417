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

/** The default bundled model (int8, 128 tokens), and the fp32 one kept for older databases. */
class OnnxEmbedderTest {
  private static OnnxEmbedder embedder;
  private static OnnxEmbedder fp32;

  @BeforeAll
  static void load() {
    embedder = TestModels.minilm();
    fp32 = TestModels.bundled(BundledModel.MINILM_FP32);
  }

  @AfterAll
  static void close() {
    embedder.close();
    fp32.close();
  }

  @Test
  void the_default_model_is_all_minilm_in_int8_over_128_tokens_with_384_dimensions() {
    assertThat(embedder.modelId()).isEqualTo("all-MiniLM-L6-v2@int8-128");
    assertThat(embedder.config().maxTokens()).isEqualTo(128);
    assertThat(embedder.config().pooling()).isEqualTo(Pooling.MEAN);
    assertThat(embedder.config().normalize()).isTrue();
    assertThat(embedder.dimension()).isEqualTo(384);
  }

  @Test
  void the_fp32_model_keeps_its_id_and_256_tokens() {
    assertThat(fp32.modelId()).isEqualTo("all-MiniLM-L6-v2@fp32");
    assertThat(fp32.config().maxTokens()).isEqualTo(256);
    assertThat(fp32.dimension()).isEqualTo(384);
  }

  /**
   * Reference values from langchain4j's own runner of the same jar (AllMiniLmL6V2EmbeddingModel,
   * 1.19.0-beta29); the first sentence also matches the sentence-transformers model card.
   */
  @Test
  void fp32_golden_vectors_match_the_reference_runner() {
    float[][] v =
        fp32.embed(
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

  /** Quantising the weights moves a vector only a little: a title lands next to its fp32 vector. */
  @Test
  void int8_vectors_stay_close_to_the_fp32_vectors_of_the_same_title() {
    List<String> titles = RealData.titles().subList(0, 40).stream().map(EmbedDoc::text).toList();
    float[][] int8 = embedder.embed(titles, Role.PASSAGE);
    float[][] full = fp32.embed(titles, Role.PASSAGE);
    for (int i = 0; i < titles.size(); i++)
      assertThat(dot(int8[i], full[i])).as(titles.get(i)).isGreaterThan(0.95f);
  }

  private static void assertStartsWith(float[] vector, float... expected) {
    for (int d = 0; d < expected.length; d++)
      assertThat(vector[d]).as("dimension %d", d).isCloseTo(expected[d], within(1e-4f));
  }

  /** Padding is masked out: with fp32 weights a text's vector does not depend on its batch. */
  @Test
  void fp32_embeds_a_text_alone_exactly_as_among_longer_texts() {
    float[][] v = aloneAndAmongLongerTexts(fp32);
    for (int d = 0; d < v[0].length; d++) assertThat(v[1][d]).isCloseTo(v[0][d], within(1e-5f));
  }

  /**
   * The int8 model quantises its activations with one scale per input tensor, so a batch's other
   * texts would move a vector (cosine 0.987): it runs each text on its own, and a text's vector
   * depends only on the text, as a resumed embedding run needs.
   */
  @Test
  void int8_embeds_a_text_alone_exactly_as_among_longer_texts() {
    assertThat(embedder.config().dynamicQuantization()).isTrue();
    float[][] v = aloneAndAmongLongerTexts(embedder);
    assertThat(v[1]).isEqualTo(v[0]);
  }

  private static float[][] aloneAndAmongLongerTexts(OnnxEmbedder model) {
    String shortText = "Attention is all you need";
    List<String> batch =
        new ArrayList<>(RealData.papers().subList(0, 5).stream().map(EmbedDoc::text).toList());
    batch.add(2, shortText);
    float[] alone = model.embed(List.of(shortText), Role.PASSAGE)[0];
    float[] among = model.embed(batch, Role.PASSAGE)[2];
    return new float[][] {alone, among};
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
