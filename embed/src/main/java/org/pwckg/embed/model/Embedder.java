package org.pwckg.embed.model;

import java.util.List;

/**
 * Turns texts into L2-normalised vectors of one fixed {@link #dimension()}. Asymmetric models (bge,
 * e5) want queries and passages worded differently, hence the {@link Role}.
 *
 * <p>Tokenising ({@link #tokenize}) and running the network ({@link #embed(Tokens)}) are separate
 * steps so a pipeline can tokenise the next batch while the model runs the current one. Both are
 * thread-safe.
 */
public interface Embedder extends AutoCloseable {

  /**
   * Identifies the vector space, e.g. {@code all-MiniLM-L6-v2@fp32}; vectors of different ids never
   * mix.
   */
  String modelId();

  int dimension();

  /** Adds the role's prefix, tokenises and truncates; no padding. */
  Tokens tokenize(List<String> texts, Role role);

  /** One vector per tokenised text, in input order. */
  float[][] embed(Tokens tokens);

  default float[][] embed(List<String> texts, Role role) {
    return embed(tokenize(texts, role));
  }

  default float[] embedQuery(String query) {
    return embed(List.of(query), Role.QUERY)[0];
  }

  @Override
  void close();
}
