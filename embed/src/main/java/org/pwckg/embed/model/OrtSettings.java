package org.pwckg.embed.model;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.OrtSession.SessionOptions.ExecutionMode;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;

/** ONNX Runtime session settings for CPU throughput. */
final class OrtSettings {
  private OrtSettings() {}

  /**
   * All cores on one operator at a time (intra-op), no inter-op parallelism: an encoder is a chain
   * of matrix products with nothing to run side by side. Full graph optimisation fuses attention,
   * GELU and layer norms. Idle worker threads do not spin, so the tokenising and indexing threads
   * of a pipeline get the cores between operators.
   */
  static SessionOptions sessionOptions(int threads) {
    SessionOptions options = new SessionOptions();
    try {
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OptLevel.ALL_OPT);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      return options;
    } catch (OrtException e) {
      options.close();
      throw new ModelException("Cannot configure ONNX Runtime: " + e.getMessage(), e);
    }
  }
}
