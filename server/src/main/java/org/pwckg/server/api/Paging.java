package org.pwckg.server.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pwckg.server.http.PublicUrls;

/**
 * The old PWC API's pagination: {@code page} (from 1) and {@code items_per_page}.
 *
 * @param address the absolute URL of the listing as seen from outside (under the public base when
 *     one is configured), without the query string
 * @param query the request's query parameters, kept in the links to the neighbouring pages
 */
public record Paging(int page, int size, String address, Map<String, List<String>> query) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public Paging {
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  public static Paging of(Context ctx, PublicUrls urls) {
    int page = Params.integer(ctx, "page", 1, 1_000_000).orElse(1);
    int size = Params.integer(ctx, "items_per_page", 1, MAX_SIZE).orElse(DEFAULT_SIZE);
    return new Paging(page, size, urls.url(ctx, ctx.path()), ctx.queryParamMap());
  }

  public long offset() {
    return (long) (page - 1) * size;
  }

  /** The answer for one page, with links to the neighbouring pages (null at the ends). */
  public <T> Views.Paged<T> answer(long count, List<T> results) {
    String next = offset() + size < count ? link(page + 1) : null;
    String previous = page > 1 ? link(page - 1) : null;
    return new Views.Paged<>(count, next, previous, results);
  }

  private String link(int target) {
    Map<String, List<String>> params = new LinkedHashMap<>(query);
    params.put("page", List.of(Integer.toString(target)));
    String queryString =
        params.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
            .collect(Collectors.joining("&"));
    return address + "?" + queryString;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
