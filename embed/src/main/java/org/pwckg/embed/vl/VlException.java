package org.pwckg.embed.vl;

/** The DeepSeek-VL path cannot go on: the worker failed, or what it wrote does not check out. */
public final class VlException extends RuntimeException {
  public VlException(String message) {
    super(message);
  }

  public VlException(String message, Throwable cause) {
    super(message, cause);
  }
}
