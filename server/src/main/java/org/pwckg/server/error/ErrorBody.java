package org.pwckg.server.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error answer; {@code hint} (when not null) says what would make the
 * request work.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(int status, String error, String message, String hint) {
  public ErrorBody(int status, String error, String message) {
    this(status, error, message, null);
  }
}
