package org.pwckg.embed.model;

/**
 * Run-time knobs of an {@link OnnxEmbedder}.
 *
 * <p>On a few cores an encoder this small runs faster as several single-threaded inferences side by
 * side than as one inference spread over all cores: its matrices (384 wide) are too small to split
 * without the threads waiting on each other. So bulk embedding uses one worker per core, while a
 * lone query wants every core on its one inference.
 *
 * @param threads cores to use in all
 * @param workers inferences run at once; each gets {@code threads / workers} ONNX Runtime threads
 * @param batchSize texts per inference (after length sorting); one for a model whose config asks
 *     for it ({@link ModelConfig#dynamicQuantization()})
 */
public record EmbedderOptions(int threads, int workers, int batchSize) {
  /** Texts per inference unless told otherwise. */
  public static final int DEFAULT_BATCH = 4;

  public EmbedderOptions {
    if (threads < 1) throw new IllegalArgumentException("threads must be ≥ 1, was " + threads);
    if (workers < 1 || workers > threads) {
      throw new IllegalArgumentException(
          "workers must be between 1 and threads (" + threads + "), was " + workers);
    }
    if (batchSize < 1)
      throw new IllegalArgumentException("batch size must be ≥ 1, was " + batchSize);
  }

  int threadsPerWorker() {
    return threads / workers;
  }

  /** For queries: one inference at a time over every core. */
  public static EmbedderOptions forQueries() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new EmbedderOptions(cores, 1, 1);
  }

  /** For bulk embedding: one single-threaded worker per core, small length-sorted batches. */
  public static EmbedderOptions forBulk(int threads) {
    return new EmbedderOptions(threads, threads, DEFAULT_BATCH);
  }
}
