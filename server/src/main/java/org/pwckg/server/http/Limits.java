package org.pwckg.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.servlet.MaxRequestSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;

/**
 * The request limits, applied to every route in one place. (The query time limit is applied where
 * every query runs: {@link org.pwckg.server.store.Store} and the SPARQL executor.)
 */
public final class Limits {
  /** Long GET queries travel in the URL; Jetty's 8 KiB default is too small for real SPARQL. */
  static final int MAX_HEADER_BYTES = 64 * 1024;

  private Limits() {}

  /** The body of a route with a larger limit than the server's (an upload), read up to it. */
  public static byte[] body(Context ctx, long limit) {
    try {
      return MaxRequestSize.INSTANCE.readBytesWithLimit(ctx.req().getInputStream(), limit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void install(JavalinConfig cfg, long maxRequestBytes) {
    install(cfg, maxRequestBytes, Map.of(), Map.of());
  }

  /**
   * {@code uploads}: paths that take larger bodies (an image upload), with their own limit; {@code
   * spooled}: paths whose handler streams the body to disk under its own limit (the dump files of a
   * live ingest), which must not raise the limit of every other multipart body.
   */
  public static void install(
      JavalinConfig cfg,
      long maxRequestBytes,
      Map<String, Long> uploads,
      Map<String, Long> spooled) {
    // Javalin counts the bytes it reads, whatever the framing (a chunked body has no length to
    // check up front): that count is the general limit; an upload route reads with its own.
    cfg.http.maxRequestSize = maxRequestBytes;
    long largestUpload = uploads.values().stream().mapToLong(Long::longValue).max().orElse(0);
    cfg.jetty.multipartConfig.maxTotalRequestSize(
        Math.max(maxRequestBytes, largestUpload), SizeUnit.BYTES);
    cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
    cfg.routes.before(
        ctx -> {
          long limit =
              spooled.getOrDefault(ctx.path(), uploads.getOrDefault(ctx.path(), maxRequestBytes));
          long length = ctx.req().getContentLengthLong();
          if (length > limit) {
            throw new ApiException(
                Problem.TOO_LARGE,
                "The request body has "
                    + length
                    + " bytes; this server accepts at most "
                    + limit
                    + " here");
          }
        });
  }
}
