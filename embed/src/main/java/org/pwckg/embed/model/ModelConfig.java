package org.pwckg.embed.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
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
 * @param dynamicQuantization whether the graph quantises its activations with one scale per input
 *     tensor (an int8 model such as all-MiniLM-L6-v2-q): a text's vector would then depend on the
 *     other texts of its batch (cosine 0.987 for a short title among abstracts), so each text runs
 *     on its own, and a resumed or repeated run gives bit-identical vectors. On CPU this costs
 *     nothing: single-threaded workers spent the same CPU time on 245 real abstracts one by one as
 *     in batches of 4 (the padding saved pays for the smaller matrix products)
 */
public record ModelConfig(
    String id,
    Pooling pooling,
    boolean normalize,
    int maxTokens,
    String queryPrefix,
    String passagePrefix,
    EncoderShape encoder,
    boolean dynamicQuantization) {

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
    return read(file, () -> JSON.readValue(file.toFile(), ModelConfig.class));
  }

  /** A config on the classpath (a bundled model's). */
  static ModelConfig read(URL resource) {
    return read(
        resource,
        () -> {
          try (InputStream in = resource.openStream()) {
            return JSON.readValue(in, ModelConfig.class);
          }
        });
  }

  private interface Reading {
    ModelConfig read() throws IOException;
  }

  private static ModelConfig read(Object file, Reading reading) {
    try {
      return reading.read();
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
      @JsonProperty("encoder") EncoderShape encoder,
      @JsonProperty("dynamicQuantization") Boolean dynamicQuantization) {
    return new ModelConfig(
        id,
        pooling == null ? Pooling.MEAN : parsePooling(pooling),
        normalize == null || normalize,
        maxTokens == null ? 256 : maxTokens,
        queryPrefix == null ? "" : queryPrefix,
        passagePrefix == null ? "" : passagePrefix,
        encoder,
        dynamicQuantization != null && dynamicQuantization);
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
