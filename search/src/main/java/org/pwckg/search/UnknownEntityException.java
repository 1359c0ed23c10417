package org.pwckg.search;

/** The paper (or other entity) a request names is not in the index (maps to HTTP 404). */
public final class UnknownEntityException extends RuntimeException {
  public UnknownEntityException(String message) {
    super(message);
  }
}
