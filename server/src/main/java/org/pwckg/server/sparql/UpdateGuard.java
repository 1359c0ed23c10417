package org.pwckg.server.sparql;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.http.BearerToken;

/** SPARQL Update is off unless the server was given a token, and then needs that bearer token. */
public record UpdateGuard(Optional<String> token) {

  public boolean enabled() {
    return token.isPresent();
  }

  public void check(Context ctx) {
    if (token.isEmpty()) {
      throw new ApiException(
          Problem.FORBIDDEN,
          "SPARQL Update is disabled on this server (start it with an update token)");
    }
    if (!BearerToken.matches(ctx, token.get())) {
      throw new ApiException(
          Problem.UNAUTHORIZED,
          "SPARQL Update needs the server's bearer token",
          Map.of("WWW-Authenticate", "Bearer realm=\"pwckg\""));
    }
  }
}
