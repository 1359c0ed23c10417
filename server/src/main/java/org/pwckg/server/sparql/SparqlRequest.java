package org.pwckg.server.sparql;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetDescription;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;

/**
 * A request of the SPARQL 1.1 Protocol, read from any of its three forms: GET with {@code query=},
 * POST form-encoded ({@code query=} or {@code update=}), or POST with the query or update as the
 * body. Validation only; nothing runs here.
 */
public record SparqlRequest(
    Optional<String> query,
    Optional<String> update,
    DatasetDescription dataset,
    Optional<Duration> timeout) {

  static final String FORM = "application/x-www-form-urlencoded";
  static final String QUERY_BODY = "application/sparql-query";
  static final String UPDATE_BODY = "application/sparql-update";

  public static SparqlRequest of(Context ctx) {
    if (ctx.method() == HandlerType.GET) {
      if (ctx.queryParam("update") != null) {
        throw new ApiException(Problem.BAD_REQUEST, "SPARQL Update must be sent with POST");
      }
      return new SparqlRequest(
          nonBlank(ctx.queryParam("query")), Optional.empty(), graphs(ctx, false), timeout(ctx));
    }
    String type = mediaType(ctx.contentType());
    return switch (type) {
      case FORM ->
          new SparqlRequest(
              nonBlank(ctx.formParam("query")),
              nonBlank(ctx.formParam("update")),
              graphs(ctx, true),
              timeout(ctx));
      case QUERY_BODY ->
          new SparqlRequest(
              Optional.of(ctx.body()), Optional.empty(), graphs(ctx, false), timeout(ctx));
      case UPDATE_BODY ->
          new SparqlRequest(
              Optional.empty(), Optional.of(ctx.body()), graphs(ctx, false), timeout(ctx));
      default ->
          throw new ApiException(
              Problem.UNSUPPORTED_MEDIA_TYPE,
              "POST to the SPARQL endpoint takes "
                  + FORM
                  + ", "
                  + QUERY_BODY
                  + " or "
                  + UPDATE_BODY
                  + ", not '"
                  + type
                  + "'");
    };
  }

  private static DatasetDescription graphs(Context ctx, boolean form) {
    List<String> dflt = new ArrayList<>(ctx.queryParams("default-graph-uri"));
    List<String> named = new ArrayList<>(ctx.queryParams("named-graph-uri"));
    if (form) {
      dflt.addAll(ctx.formParams("default-graph-uri"));
      named.addAll(ctx.formParams("named-graph-uri"));
      dflt.addAll(ctx.formParams("using-graph-uri"));
      named.addAll(ctx.formParams("using-named-graph-uri"));
    }
    return new DatasetDescription(dflt, named);
  }

  /**
   * A client may ask for a shorter timeout than the server's (Fuseki's {@code timeout=}, seconds).
   */
  private static Optional<Duration> timeout(Context ctx) {
    String value = ctx.queryParam("timeout");
    if (value == null && ctx.isFormUrlencoded()) value = ctx.formParam("timeout");
    if (value == null || value.isBlank()) return Optional.empty();
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds > 0)) throw new NumberFormatException();
      return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(
          "timeout must be a positive number of seconds, not '" + value + "'");
    }
  }

  private static String mediaType(String contentType) {
    if (contentType == null) return "";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
