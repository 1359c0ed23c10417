package org.pwckg.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.pwckg.server.http.Html;
import org.pwckg.server.http.PublicUrls;

/** The JSON API's handlers: parse the request, call a service, render JSON. */
public final class ApiRoutes {
  private final PaperService papers;
  private final PaperSearch search;
  private final TaskService tasks;
  private final CatalogService catalog;
  private final SotaService sota;
  private final PublicUrls urls;

  public ApiRoutes(
      PaperService papers,
      PaperSearch search,
      TaskService tasks,
      CatalogService catalog,
      SotaService sota,
      PublicUrls urls) {
    this.papers = papers;
    this.search = search;
    this.tasks = tasks;
    this.catalog = catalog;
    this.sota = sota;
    this.urls = urls;
  }

  public void paper(Context ctx) {
    ctx.json(papers.page(ctx.pathParam("id")));
  }

  public void papers(Context ctx) {
    PaperSearch.Filter filter =
        new PaperSearch.Filter(
            Params.text(ctx, "q"),
            Params.text(ctx, "task"),
            Params.text(ctx, "dataset"),
            Params.text(ctx, "method"),
            Params.bool(ctx, "has_code"),
            Params.integer(ctx, "year_from", 1, 9999),
            Params.integer(ctx, "year_to", 1, 9999));
    ctx.json(search.search(filter, Paging.of(ctx, urls)));
  }

  public void tasks(Context ctx) {
    ctx.json(tasks.tree());
  }

  public void task(Context ctx) {
    ctx.json(tasks.page(ctx.pathParam("id")));
  }

  public void taskPapers(Context ctx) {
    String id = ctx.pathParam("id");
    Paging paging = Paging.of(ctx, urls);
    tasks.requireTask(id);
    ctx.json(search.search(PaperSearch.Filter.none().withTask(id), paging));
  }

  public void datasets(Context ctx) {
    ctx.json(catalog.datasets(Params.text(ctx, "q"), Paging.of(ctx, urls)));
  }

  public void dataset(Context ctx) {
    ctx.json(catalog.dataset(ctx.pathParam("id")));
  }

  public void methods(Context ctx) {
    ctx.json(catalog.methods(Params.text(ctx, "q"), Paging.of(ctx, urls)));
  }

  public void method(Context ctx) {
    ctx.json(catalog.method(ctx.pathParam("id")));
  }

  public void areas(Context ctx) {
    ctx.json(catalog.areas());
  }

  public void repository(Context ctx) {
    ctx.json(catalog.repository(ctx.pathParam("owner"), ctx.pathParam("name")));
  }

  /** GET /sota/{task}/{dataset}[/history]; a dataset part has two segments ({@code squad/dev}). */
  public void sota(Context ctx) {
    String dataset = ctx.pathParam("dataset");
    boolean history = dataset.endsWith("/history");
    SotaService.Request request =
        new SotaService.Request(
            ctx.pathParam("task"),
            history ? dataset.substring(0, dataset.length() - "/history".length()) : dataset,
            Params.text(ctx, "metric"),
            Params.date(ctx, "as_of"),
            Params.bool(ctx, "include_extra_data").orElse(true));
    ctx.json(history ? sota.history(request) : sota.table(request));
  }

  /** GET /api/v1/openapi.json: the hand-written OpenAPI 3 document. */
  public void openApi(Context ctx) {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/org/pwckg/server/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET /api/v1/docs: Swagger UI over the OpenAPI document (served from this server's assets). */
  public void docs(Context ctx) {
    boolean swagger =
        ApiRoutes.class.getResource("/public/assets/swagger-ui/swagger-ui-bundle.js") != null;
    String body =
        swagger
            ? """
        <div id="swagger"></div>
        <script src="/assets/swagger-ui/swagger-ui-bundle.js"></script>
        <script>SwaggerUIBundle({ url: "/api/v1/openapi.json", dom_id: "#swagger" });</script>
        """
            : "<h1>pwc-kg API</h1><p>The OpenAPI document: <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a>.</p>";
    String head =
        swagger ? "<link rel=\"stylesheet\" href=\"/assets/swagger-ui/swagger-ui.css\">" : "";
    ctx.html(Html.page("API – pwc-kg", head, body));
  }
}
