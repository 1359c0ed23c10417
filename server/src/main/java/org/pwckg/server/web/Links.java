package org.pwckg.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Paths of the website's pages and small display helpers, for the templates. */
public final class Links {
  private static final String API_SOTA = "/api/v1/sota/";
  private static final java.util.regex.Pattern TRAILING_ZEROS =
      java.util.regex.Pattern.compile("\\.?0+$");

  private Links() {}

  /** A paper's page; a paper known only by its URL (some leaderboard rows) links there. */
  public static String paper(String id) {
    return id.contains("://") ? id : "/paper/" + id;
  }

  /**
   * A paper's name on the page: its title, else "arXiv:{id}" for a paper known only by its arXiv
   * id, else its id.
   */
  public static String paperName(String title, String arxivId, String id) {
    String name = org.pwckg.server.api.PaperNames.of(title, arxivId);
    return name != null ? name : id;
  }

  public static String task(String id) {
    return "/task/" + id;
  }

  public static String dataset(String id) {
    return "/dataset/" + id;
  }

  public static String method(String id) {
    return "/method/" + id;
  }

  /** The leaderboard page of an API leaderboard path ({@code /api/v1/sota/{task}/{dataset}}). */
  public static String leaderboard(String apiPath) {
    if (apiPath == null) return null;
    return apiPath.startsWith(API_SOTA)
        ? "/evaluation/" + apiPath.substring(API_SOTA.length())
        : apiPath;
  }

  /**
   * The search page with one more facet filter, keeping the request's other parameters (a new
   * filter starts again at the first page). A year facet is the range of that one year.
   */
  public static String facet(java.util.Map<String, String> params, String dim, String value) {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>(params);
    p.remove("page");
    if (dim.equals("year")) {
      p.put("year_from", value);
      p.put("year_to", value);
    } else {
      p.put(dim, value);
    }
    StringBuilder sb = new StringBuilder("/search");
    p.forEach(
        (k, v) ->
            sb.append(sb.length() == 7 ? '?' : '&')
                .append(encode(k))
                .append('=')
                .append(encode(v)));
    return sb.toString();
  }

  public static String encode(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /** A metric value as the archive gave it when it has one, else the number, trimmed. */
  public static String value(Double value, String raw) {
    if (raw != null && !raw.isBlank()) return raw;
    if (value == null) return "–";
    if (value == Math.rint(value) && Math.abs(value) < 1e12)
      return Long.toString(value.longValue());
    return TRAILING_ZEROS.matcher(String.format(Locale.ROOT, "%.4g", value)).replaceAll("");
  }

  public static String year(String date) {
    return date == null || date.length() < 4 ? "" : date.substring(0, 4);
  }

  /** The first {@code max} characters of a text, cut at a word. */
  public static String shorten(String text, int max) {
    if (text == null || text.length() <= max) return text == null ? "" : text;
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max) + "…";
  }

  /**
   * Search highlights come HTML-escaped with matches in {@code <b>}; the page marks them instead.
   */
  public static String marked(String escapedFragment) {
    return escapedFragment.replace("<b>", "<mark>").replace("</b>", "</mark>");
  }
}
