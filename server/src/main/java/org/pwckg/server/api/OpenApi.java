package org.pwckg.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pwckg.server.error.ApiException;

/**
 * The hand-written OpenAPI document and what it declares: the one list of the query parameters each
 * {@code /api/v1} operation accepts. Every API handler is wrapped by {@link #get} or {@link #post},
 * which refuse a parameter the document does not list (a typo such as {@code limit} for {@code
 * items_per_page} would otherwise be silently ignored), so the docs and the server cannot disagree
 * about which parameters exist.
 */
public final class OpenApi {
  private static final String RESOURCE = "/org/pwckg/server/openapi.json";
  private final byte[] document;

  /** "get /datasets" → [q, page, items_per_page], in the document's order. */
  private final Map<String, List<String>> parameters;

  /**
   * "/datasets" → "/api/v1": where each path is served (the document's server, or the path's own,
   * as for the maintainer's {@code /admin} routes).
   */
  private final Map<String, String> prefixes;

  private OpenApi(
      byte[] document, Map<String, List<String>> parameters, Map<String, String> prefixes) {
    this.document = document;
    this.parameters = parameters;
    this.prefixes = prefixes;
  }

  public static OpenApi load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      byte[] bytes = in.readAllBytes();
      JsonNode doc = new ObjectMapper().readTree(bytes);
      return new OpenApi(bytes, queryParameters(doc), prefixes(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET /api/v1/openapi.json. */
  public void serve(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  /** The query parameters that {@code method} (get, post) on {@code path} accepts. */
  public List<String> accepted(String method, String path) {
    List<String> names = parameters.get(method + " " + path);
    if (names == null)
      throw new IllegalStateException(
          "openapi.json has no operation " + method.toUpperCase(Locale.ROOT) + " " + path);
    return names;
  }

  /** {@code handler} for GET {@code path} (as the document writes it), after the check. */
  public Handler get(String path, Handler handler) {
    return checked("get", path, handler);
  }

  public Handler post(String path, Handler handler) {
    return checked("post", path, handler);
  }

  private Handler checked(String method, String path, Handler handler) {
    List<String> names = accepted(method, path);
    String operation = method.toUpperCase(Locale.ROOT) + " " + prefixes.get(path) + path;
    return ctx -> {
      List<String> unknown =
          ctx.queryParamMap().keySet().stream().filter(n -> !names.contains(n)).toList();
      if (!unknown.isEmpty()) throw unknownParameters(operation, unknown, names);
      handler.handle(ctx);
    };
  }

  private static ApiException unknownParameters(
      String operation, List<String> unknown, List<String> accepted) {
    String which =
        (unknown.size() == 1 ? "Unknown query parameter '" : "Unknown query parameters '")
            + String.join("', '", unknown)
            + "': ";
    return ApiException.badRequest(
        which
            + operation
            + (accepted.isEmpty()
                ? " takes no query parameters"
                : " accepts " + String.join(", ", accepted)));
  }

  private static Map<String, List<String>> queryParameters(JsonNode doc) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    doc.get("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode item = path.getValue();
              item.properties().stream()
                  .filter(op -> !op.getKey().equals("parameters") && !op.getKey().equals("servers"))
                  .forEach(
                      op -> {
                        List<String> names = new ArrayList<>();
                        addQueryNames(item.get("parameters"), names);
                        addQueryNames(op.getValue().get("parameters"), names);
                        out.put(op.getKey() + " " + path.getKey(), List.copyOf(names));
                      });
            });
    return Map.copyOf(out);
  }

  private static Map<String, String> prefixes(JsonNode doc) {
    String common = server(doc);
    Map<String, String> out = new LinkedHashMap<>();
    doc.get("paths")
        .properties()
        .forEach(
            path -> {
              String own = server(path.getValue());
              out.put(path.getKey(), own != null ? own : common);
            });
    return Map.copyOf(out);
  }

  /** The first server URL of a document or path item, without a trailing slash; null if none. */
  private static String server(JsonNode node) {
    JsonNode servers = node.get("servers");
    if (servers == null || servers.isEmpty()) return null;
    String url = servers.get(0).get("url").asText();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static void addQueryNames(JsonNode parameters, List<String> names) {
    if (parameters == null) return;
    for (JsonNode p : parameters)
      if ("query".equals(p.path("in").asText()) && !names.contains(p.get("name").asText()))
        names.add(p.get("name").asText());
  }
}
