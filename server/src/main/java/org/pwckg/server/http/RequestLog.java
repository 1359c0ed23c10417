package org.pwckg.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One access-log line per request, as {@code key=value} pairs, with a request id that the answer
 * carries too ({@code X-Request-Id}: the client's own when it sent a sane one), so that a complaint
 * about an answer can be found in the log.
 */
public final class RequestLog {
  public static final String HEADER = "X-Request-Id";
  private static final Logger LOG = LoggerFactory.getLogger("org.pwckg.server.access");
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestLog() {}

  public static void install(JavalinConfig cfg) {
    cfg.routes.before(ctx -> ctx.header(HEADER, idFor(ctx)));
    cfg.requestLogger.http(RequestLog::log);
  }

  private static String idFor(Context ctx) {
    String given = ctx.header(HEADER);
    return given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }

  private static void log(Context ctx, Float ms) {
    LOG.info(
        "request_id={} method={} path=\"{}\" status={} ms={} bytes_in={}",
        ctx.res().getHeader(HEADER),
        ctx.method(),
        ctx.path().replace("\"", "%22"),
        ctx.status().getCode(),
        Math.round(ms),
        Math.max(0, ctx.req().getContentLengthLong()));
  }
}
