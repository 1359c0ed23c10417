package org.pwckg.embed.model;

/**
 * The size of a BERT-style encoder, enough to count the arithmetic of a forward pass. Optional in a
 * model's config: only benchmarks use it.
 */
public record EncoderShape(int layers, int hidden, int intermediate) {

  /**
   * Multiply-adds ×2 of one sequence of {@code tokens} through every layer: Q, K, V and output
   * projections (4·h² per token), the feed-forward pair (2·h·f per token) and attention itself
   * (scores and weighted sum, 2·n·h per token). Embedding lookups, softmax and layer norms are
   * ignored; they are a few percent at these sizes.
   */
  public double flops(int tokens) {
    double n = tokens;
    double perLayer =
        2 * n * (4.0 * hidden * hidden + 2.0 * hidden * intermediate) + 4 * n * n * hidden;
    return layers * perLayer;
  }
}
