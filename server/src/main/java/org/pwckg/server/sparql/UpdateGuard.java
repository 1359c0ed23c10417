package org.pwckg.server.sparql;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;

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
    String header = ctx.header("Authorization");
    String given =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
      throw new ApiException(
          Problem.UNAUTHORIZED,
          "SPARQL Update needs the server's bearer token",
          Map.of("WWW-Authenticate", "Bearer realm=\"pwckg\""));
    }
  }
}
