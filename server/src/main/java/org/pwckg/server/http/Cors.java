package org.pwckg.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * Which other origins' pages may read the answers. Reading is open to every origin ({@code *},
 * which browsers never combine with credentials); a request carrying the update token, and the
 * preflight that would let a page send one, are granted only to the origins the operator listed
 * ({@code --cors-origins}): otherwise any page a token holder visits could drive the update
 * endpoint with the token. The maintainer's routes ({@code /admin/…}) are never opened to another
 * origin, listed or not: they are driven by the command line, not by pages.
 */
public final class Cors {
  private static final String EXPOSED = "X-Result-Limit-Reached";
  private static final String OPEN_HEADERS = "Accept, Content-Type";
  private static final String TRUSTED_HEADERS = "Accept, Content-Type, Authorization";

  private Cors() {}

  public static void install(JavalinConfig cfg, List<String> trustedOrigins) {
    Set<String> trusted = Set.copyOf(trustedOrigins);
    cfg.routes.before(ctx -> grant(ctx, trusted));
    cfg.routes.options("/<path>", ctx -> ctx.status(204));
  }

  private static void grant(Context ctx, Set<String> trusted) {
    String origin = ctx.header("Origin");
    if (origin == null || ctx.path().startsWith("/admin/")) return;
    boolean preflight = ctx.method() == HandlerType.OPTIONS;
    if (trusted.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
      if (preflight) allow(ctx, TRUSTED_HEADERS);
    } else if (ctx.header("Authorization") == null) {
      ctx.header("Access-Control-Allow-Origin", "*");
      if (preflight) allow(ctx, OPEN_HEADERS);
    }
    ctx.header("Access-Control-Expose-Headers", EXPOSED);
  }

  private static void allow(Context ctx, String headers) {
    ctx.header("Access-Control-Allow-Methods", "GET, POST")
        .header("Access-Control-Allow-Headers", headers)
        .header("Access-Control-Max-Age", "600");
  }
}
