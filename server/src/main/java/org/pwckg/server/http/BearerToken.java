package org.pwckg.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The bearer token of a request, compared with a server's token in constant time (a comparison that
 * stops at the first differing byte would let a client find the token byte by byte).
 */
public final class BearerToken {
  private BearerToken() {}

  public static boolean matches(Context ctx, String token) {
    String header = ctx.header("Authorization");
    String given =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).strip()
            : "";
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
