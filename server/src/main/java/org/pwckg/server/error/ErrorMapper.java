package org.pwckg.server.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.util.concurrent.CancellationException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.JenaException;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.UnknownEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP answers: a status and an {@link ErrorBody}. */
public final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  /** Error pages for browsers: answers {@code ctx} with a page and true, or false for JSON. */
  public interface Pages {
    boolean render(Context ctx, int status, String message);
  }

  public static void install(RoutesConfig routes, Pages pages) {
    routes.exception(
        ApiException.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          if (pages.render(ctx, e.problem().status(), e.getMessage())) return;
          ctx.status(e.problem().status())
              .json(
                  new ErrorBody(
                      e.problem().status(), e.problem().code(), e.getMessage(), e.hint()));
        });
    routes.exception(
        InvalidSearchException.class,
        (e, ctx) -> answer(pages, ctx, 400, Problem.BAD_REQUEST.code(), e.getMessage()));
    routes.exception(
        UnknownEntityException.class,
        (e, ctx) -> answer(pages, ctx, 404, Problem.NOT_FOUND.code(), e.getMessage()));
    routes.exception(
        QueryParseException.class,
        (e, ctx) -> answer(pages, ctx, 400, Problem.MALFORMED_QUERY.code(), e.getMessage()));
    // Jena refusing a query after parsing (unknown function, SERVICE not allowed…) is the query's
    // fault.
    routes.exception(
        QueryException.class,
        (e, ctx) -> answer(pages, ctx, 400, Problem.BAD_REQUEST.code(), e.getMessage()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> answer(pages, ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
    // The servlet layer failing to read the body (a malformed multipart form) is the request's
    // fault.
    routes.exception(
        ServletException.class,
        (e, ctx) ->
            answer(
                pages,
                ctx,
                400,
                Problem.BAD_REQUEST.code(),
                "The request body could not be read: " + e.getMessage()));
    // A whole-graph summary stopped because the server is closing (Store#stopUnbounded).
    routes.exception(
        CancellationException.class,
        (e, ctx) ->
            answer(
                pages,
                ctx,
                503,
                Problem.UNAVAILABLE.code(),
                "The server is stopping; try again in a moment."));
    routes.exception(JenaException.class, (e, ctx) -> internal(pages, ctx, e));
    routes.exception(Exception.class, (e, ctx) -> internal(pages, ctx, e));
  }

  private static void internal(Pages pages, Context ctx, Exception e) {
    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    answer(
        pages,
        ctx,
        500,
        Problem.INTERNAL.code(),
        "Internal error: " + e.getClass().getSimpleName());
  }

  private static void answer(Pages pages, Context ctx, int status, String code, String message) {
    if (pages.render(ctx, status, message)) return;
    ctx.status(status).json(new ErrorBody(status, code, message));
  }

  /** The body of an error answered outside the routes (by Jetty itself). */
  static ErrorBody body(int status, String message) {
    return new ErrorBody(status, codeOf(status), message);
  }

  private static String codeOf(int status) {
    for (Problem p : Problem.values()) if (p.status() == status) return p.code();
    return "http_" + status;
  }
}
