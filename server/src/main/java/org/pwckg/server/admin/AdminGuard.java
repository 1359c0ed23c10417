package org.pwckg.server.admin;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.http.BearerToken;

/**
 * The maintainer routes ({@code /admin/…}: live ingest, backup) are off unless the server was given
 * an admin token.
 */
public record AdminGuard(Optional<String> token) {

  /**
   * Lets the request through with the admin bearer token; {@code action} ("Live ingest", "Backup")
   * names what was refused otherwise.
   */
  public void check(Context ctx, String action) {
    if (token.isEmpty()) {
      throw new ApiException(
          Problem.FORBIDDEN,
          action
              + " is disabled on this server (start it with --admin-token-file or"
              + " PWCKG_ADMIN_TOKEN)");
    }
    if (!BearerToken.matches(ctx, token.get())) {
      throw new ApiException(
          Problem.UNAUTHORIZED,
          action + " needs the server's admin bearer token",
          Map.of("WWW-Authenticate", "Bearer realm=\"pwckg-admin\""));
    }
  }
}
