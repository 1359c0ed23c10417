package org.pwckg.embed.model;

/**
 * Run-time knobs of an {@link OnnxEmbedder}.
 *
 * @param threads ONNX Runtime intra-op threads; one per core is fastest
 * @param batchSize texts per forward pass (after length sorting)
 */
public record EmbedderOptions(int threads, int batchSize) {

  public EmbedderOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
    if (batchSize < 1) throw new IllegalArgumentException("batch size must be ≥ 1, was " + batchSize);
  }

  public static EmbedderOptions defaults() {
    return new EmbedderOptions(Runtime.getRuntime().availableProcessors(), 32);
  }
}
