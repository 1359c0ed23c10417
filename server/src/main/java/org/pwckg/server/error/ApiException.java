package org.pwckg.server.error;

import java.util.Map;

/** A failure with a known {@link Problem}; {@link ErrorMapper} turns it into status and JSON. */
public final class ApiException extends RuntimeException {
  private final Problem problem;
  private final Map<String, String> headers;
  private String hint;

  public ApiException(Problem problem, String message) {
    this(problem, message, Map.of());
  }

  public ApiException(Problem problem, String message, Map<String, String> headers) {
    super(message);
    this.problem = problem;
    this.headers = Map.copyOf(headers);
  }

  public Problem problem() {
    return problem;
  }

  /** Headers the answer must carry (e.g. WWW-Authenticate). */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * What the client can do to make the request work (a command to run…), shown in the error body.
   */
  public String hint() {
    return hint;
  }

  public ApiException withHint(String text) {
    this.hint = text;
    return this;
  }

  public static ApiException notFound(String message) {
    return new ApiException(Problem.NOT_FOUND, message);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(Problem.BAD_REQUEST, message);
  }
}
