package org.pwckg.server.error;

/** The kinds of failure a request can meet, each with its HTTP status. */
public enum Problem {
  BAD_REQUEST(400),
  MALFORMED_QUERY(400),
  UNAUTHORIZED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  CONFLICT(409),
  TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  INTERNAL(500),
  UNAVAILABLE(503),
  QUERY_TIMEOUT(503);

  private final int status;

  Problem(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The machine-readable code in the JSON body: {@code not_found}, {@code query_timeout}… */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
