package org.pwckg.embed.job;

/** An embedding run that could not finish; the index keeps its last commit. */
public final class EmbedJobException extends RuntimeException {
  public EmbedJobException(String message, Throwable cause) {
    super(message, cause);
  }
}
