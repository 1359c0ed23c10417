package org.pwckg.embed.vl;

import java.util.Locale;

/**
 * The DeepSeek-VL models the worker runs, with the width of their language model (the embedding
 * dimension). The model id names the weights' size and the prompt version of the worker
 * (embed/python/pwckg_vl/prompts.py), so vectors of another prompt never share an index.
 */
public enum VlModel {
  V1_3B("1.3b", 2048),
  V7B("7b", 4096);

  public static final String PROMPT_VERSION = "e5v-v1";

  private final String size;
  private final int dimension;

  VlModel(String size, int dimension) {
    this.size = size;
    this.dimension = dimension;
  }

  /** The worker's {@code --model} value. */
  public String size() {
    return size;
  }

  public int dimension() {
    return dimension;
  }

  public String modelId() {
    return "deepseek-vl-" + size + "@" + PROMPT_VERSION;
  }

  public static VlModel of(String size) {
    for (VlModel m : values()) if (m.size.equals(size.toLowerCase(Locale.ROOT))) return m;
    throw new IllegalArgumentException("Unknown DeepSeek-VL model " + size + " (1.3b or 7b)");
  }
}
