package org.pwckg.embed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How to drive one embedding model, read from {@code pwckg-model.json} next to its {@code
 * model.onnx} and {@code tokenizer.json}. Example for bge-small-en-v1.5:
 *
 * <pre>{"id": "bge-small-en-v1.5@fp32", "pooling": "cls", "maxTokens": 512,
 *  "queryPrefix": "Represent this sentence for searching relevant passages: "}</pre>
 *
 * @param id names the vector space; change it whenever vectors would change
 * @param normalize whether to L2-normalise the pooled vector (false only for a graph that already
 *     does)
 * @param maxTokens truncation length, special tokens included
 * @param queryPrefix prepended to queries ("query: " for e5, an instruction for bge)
 * @param passagePrefix prepended to passages ("passage: " for e5)
 * @param encoder layer sizes for FLOP counting, or null when unknown
 */
public record ModelConfig(
    String id,
    Pooling pooling,
    boolean normalize,
    int maxTokens,
    String queryPrefix,
    String passagePrefix,
    EncoderShape encoder) {

  public static final String FILE_NAME = "pwckg-model.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public ModelConfig {
    if (id == null || id.isBlank()) throw new ModelException(FILE_NAME + ": \"id\" is required");
    if (maxTokens < 2)
      throw new ModelException(FILE_NAME + ": \"maxTokens\" must be at least 2, was " + maxTokens);
  }

  public String prefix(Role role) {
    return role == Role.QUERY ? queryPrefix : passagePrefix;
  }

  public static ModelConfig read(Path file) {
    try {
      return JSON.readValue(file.toFile(), ModelConfig.class);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof ModelException invalid) throw invalid;
      throw new ModelException("Cannot read " + file + ": " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new ModelException("Cannot read " + file + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new ModelException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @JsonCreator
  static ModelConfig fromJson(
      @JsonProperty("id") String id,
      @JsonProperty("pooling") String pooling,
      @JsonProperty("normalize") Boolean normalize,
      @JsonProperty("maxTokens") Integer maxTokens,
      @JsonProperty("queryPrefix") String queryPrefix,
      @JsonProperty("passagePrefix") String passagePrefix,
      @JsonProperty("encoder") EncoderShape encoder) {
    return new ModelConfig(
        id,
        pooling == null ? Pooling.MEAN : parsePooling(pooling),
        normalize == null || normalize,
        maxTokens == null ? 256 : maxTokens,
        queryPrefix == null ? "" : queryPrefix,
        passagePrefix == null ? "" : passagePrefix,
        encoder);
  }

  private static Pooling parsePooling(String text) {
    try {
      return Pooling.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ModelException(
          FILE_NAME + ": \"pooling\" must be mean or cls, was \"" + text + "\"");
    }
  }
}
