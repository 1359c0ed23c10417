package org.pwckg.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pwckg.server.http.PublicUrls;

/**
 * Renders the website's pages: jte templates compiled to Java at build time (so a template that
 * does not type-check fails the build), wrapped in one layout.
 */
public final class Site {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
  private final PublicUrls urls;

  public Site(PublicUrls urls) {
    this.urls = urls;
  }

  /** The page meta of a page at {@code path} (the canonical URL drops the query string). */
  PageMeta meta(Context ctx, String title, String description, String path) {
    return new PageMeta(title, description, urls.url(ctx, path), null, false, "");
  }

  PageMeta entityMeta(Context ctx, String title, String description, String path) {
    return new PageMeta(title, description, urls.url(ctx, path), path, false, "");
  }

  /** Renders {@code template} with {@code meta} and the page's own model as {@code page}. */
  void render(Context ctx, int status, String template, PageMeta meta, Object page) {
    ctx.status(status).header("Vary", "Accept").html(html(template, meta, page));
  }

  void render(Context ctx, String template, PageMeta meta, Object page) {
    render(ctx, 200, template, meta, page);
  }

  /**
   * A page of the server's tools (query editor, API docs, an entity's triples) in the site's
   * layout: {@code body} and {@code head} are HTML already.
   */
  public static String toolPage(String title, String head, String body) {
    return html(
        "generic.jte",
        new PageMeta(title, title, null, null, false, head),
        new Pages.Generic(body));
  }

  static String html(String template, PageMeta meta, Object page) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("meta", meta);
    params.put("page", page);
    StringOutput out = new StringOutput();
    ENGINE.render(template, params, out);
    return out.toString();
  }
}
