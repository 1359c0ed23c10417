package org.pwckg.embed.job;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.pwckg.embed.model.Embedder;
import org.pwckg.embed.model.Role;
import org.pwckg.embed.model.Tokens;

/**
 * The real embedder, counting the texts it runs through the model; it can be told to fail after a
 * number of batches, as a crashed run would.
 */
final class CountingEmbedder implements Embedder {
  private final Embedder delegate;
  private final int failAfterBatches;
  final AtomicInteger texts = new AtomicInteger();
  private final AtomicInteger batches = new AtomicInteger();

  CountingEmbedder(Embedder delegate, int failAfterBatches) {
    this.delegate = delegate;
    this.failAfterBatches = failAfterBatches;
  }

  CountingEmbedder(Embedder delegate) {
    this(delegate, Integer.MAX_VALUE);
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public int dimension() {
    return delegate.dimension();
  }

  @Override
  public Tokens tokenize(List<String> texts, Role role) {
    return delegate.tokenize(texts, role);
  }

  @Override
  public float[][] embed(Tokens tokens) {
    if (batches.incrementAndGet() > failAfterBatches)
      throw new IllegalStateException("simulated crash");
    texts.addAndGet(tokens.size());
    return delegate.embed(tokens);
  }

  @Override
  public void close() {}
}
