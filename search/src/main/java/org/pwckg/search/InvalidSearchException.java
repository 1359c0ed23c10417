package org.pwckg.search;

/**
 * A search, related-papers or property-function request that cannot be run as asked (maps to HTTP
 * 400).
 */
public final class InvalidSearchException extends RuntimeException {
  public InvalidSearchException(String message) {
    super(message);
  }
}
