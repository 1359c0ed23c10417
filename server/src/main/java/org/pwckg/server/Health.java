package org.pwckg.server;

import io.javalin.http.Context;
import java.util.Map;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.store.Store;

/**
 * {@code /health}: the process answers HTTP; {@code /ready}: it can also read the database, so a
 * load balancer may send it queries.
 */
final class Health {
  private final Store store;

  Health(Store store) {
    this.store = store;
  }

  static void live(Context ctx) {
    ctx.json(Map.of("status", "ok"));
  }

  void ready(Context ctx) {
    boolean readable;
    try {
      readable = store.read(() -> store.graph().find().hasNext());
    } catch (RuntimeException e) {
      readable = false;
    }
    if (!readable)
      throw new ApiException(Problem.UNAVAILABLE, "The database cannot be read (or holds nothing)");
    ctx.json(Map.of("status", "ready"));
  }
}
