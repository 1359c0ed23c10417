package org.pwckg.embed.model;

import java.nio.file.Path;

/**
 * Keeps DJL from reaching the network. With {@code ai.djl.offline} DJL refuses to download engines
 * or models (it throws instead), and {@code OPT_OUT_TRACKING} stops its telemetry call. Both
 * natives we use are inside jars: ONNX Runtime's in {@code com.microsoft.onnxruntime:onnxruntime},
 * the tokenizer's in {@code ai.djl.huggingface:tokenizers}; DJL only copies them into its cache.
 */
final class DjlOffline {
  private DjlOffline() {}

  /** Must run before the first DJL class initialises; later calls change nothing. */
  static void enforce(Path cacheRoot) {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
    // DJL's own cache (the extracted tokenizer library) lives with ours unless the user chose one.
    if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", cacheRoot.resolve("djl").toString());
    }
  }
}
