package org.pwckg.embed.model;

/** How token vectors become one text vector. */
public enum Pooling {
  /** Average of the real (unpadded) tokens: sentence-transformers models such as MiniLM, e5. */
  MEAN,
  /** The first ([CLS]) token: bge. */
  CLS
}
