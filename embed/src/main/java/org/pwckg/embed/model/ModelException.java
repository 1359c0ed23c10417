package org.pwckg.embed.model;

/**
 * A model that cannot be used as configured: missing files, a bad config, or a network fetch
 * attempt.
 */
public final class ModelException extends RuntimeException {
  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
