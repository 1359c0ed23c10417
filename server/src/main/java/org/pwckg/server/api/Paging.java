package org.pwckg.server.api;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The old PWC API's pagination: {@code page} (from 1) and {@code items_per_page}. */
public record Paging(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public static Paging of(Context ctx) {
    int page = Params.integer(ctx, "page", 1, 1_000_000).orElse(1);
    int size = Params.integer(ctx, "items_per_page", 1, MAX_SIZE).orElse(DEFAULT_SIZE);
    return new Paging(page, size);
  }

  public long offset() {
    return (long) (page - 1) * size;
  }

  /** The answer for one page, with links to the neighbouring pages (null at the ends). */
  public <T> Views.Paged<T> answer(Context ctx, long count, List<T> results) {
    String next = offset() + size < count ? link(ctx, page + 1) : null;
    String previous = page > 1 ? link(ctx, page - 1) : null;
    return new Views.Paged<>(count, next, previous, results);
  }

  private static String link(Context ctx, int page) {
    Map<String, List<String>> params = new java.util.LinkedHashMap<>(ctx.queryParamMap());
    params.put("page", List.of(Integer.toString(page)));
    String query = params.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
        .collect(Collectors.joining("&"));
    return ctx.url() + "?" + query;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
