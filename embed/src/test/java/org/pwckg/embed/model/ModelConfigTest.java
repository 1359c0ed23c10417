package org.pwckg.embed.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigTest {
  @TempDir Path dir;

  private ModelConfig read(String json) throws IOException {
    Path file = Files.writeString(dir.resolve(ModelConfig.FILE_NAME), json);
    return ModelConfig.read(file);
  }

  @Test
  void a_bge_config_asks_for_cls_pooling_and_a_query_instruction() throws IOException {
    ModelConfig config =
        read(
            """
        {"id": "bge-small-en-v1.5@fp32", "pooling": "cls", "maxTokens": 512,
         "queryPrefix": "Represent this sentence for searching relevant passages: "}""");
    assertThat(config.pooling()).isEqualTo(Pooling.CLS);
    assertThat(config.maxTokens()).isEqualTo(512);
    assertThat(config.prefix(Role.QUERY))
        .isEqualTo("Represent this sentence for searching relevant passages: ");
    assertThat(config.prefix(Role.PASSAGE)).isEmpty();
  }

  @Test
  void an_e5_config_prefixes_queries_and_passages() throws IOException {
    ModelConfig config =
        read(
            """
        {"id": "e5-small-v2", "queryPrefix": "query: ", "passagePrefix": "passage: "}""");
    assertThat(config.prefix(Role.QUERY)).isEqualTo("query: ");
    assertThat(config.prefix(Role.PASSAGE)).isEqualTo("passage: ");
  }

  @Test
  void omitted_settings_default_to_normalised_mean_pooling_over_256_tokens() throws IOException {
    ModelConfig config = read("{\"id\": \"m\"}");
    assertThat(config.pooling()).isEqualTo(Pooling.MEAN);
    assertThat(config.normalize()).isTrue();
    assertThat(config.maxTokens()).isEqualTo(256);
    assertThat(config.encoder()).isNull();
    assertThat(config.dynamicQuantization()).isFalse();
  }

  @Test
  void an_int8_config_says_its_activations_are_quantised_per_batch() throws IOException {
    assertThat(read("{\"id\": \"q\", \"dynamicQuantization\": true}").dynamicQuantization())
        .isTrue();
  }

  @Test
  void an_unknown_pooling_is_refused_by_name() {
    assertThatThrownBy(() -> read("{\"id\": \"m\", \"pooling\": \"max\"}"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("\"pooling\" must be mean or cls, was \"max\"");
  }

  @Test
  void a_misspelt_key_is_refused() {
    assertThatThrownBy(() -> read("{\"id\": \"m\", \"query_prefix\": \"query: \"}"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("query_prefix");
  }

  @Test
  void a_config_without_id_is_refused() {
    assertThatThrownBy(() -> read("{\"pooling\": \"mean\"}"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("\"id\" is required");
  }

  @Test
  void a_model_directory_names_every_missing_file() throws IOException {
    Files.writeString(dir.resolve(ModelConfig.FILE_NAME), "{\"id\": \"m\"}");
    assertThatThrownBy(() -> ModelFiles.fromDir(dir))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("model.onnx, tokenizer.json");
  }
}
