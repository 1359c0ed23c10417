package org.pwckg.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
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
    PaperSearch.Filter filter = PaperSearch.Filter.of(ctx);
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

  /** GET /sota/{task}/{dataset}; a dataset part has two segments ({@code squad/dev}). */
  public void sota(Context ctx) {
    ctx.json(sota.table(sotaRequest(ctx, Params.date(ctx, "as_of"))));
  }

  /** GET /sota/{task}/{dataset}/history. */
  public void sotaHistory(Context ctx) {
    ctx.json(sota.history(sotaRequest(ctx, Optional.empty())));
  }

  private static SotaService.Request sotaRequest(Context ctx, Optional<LocalDate> asOf) {
    return new SotaService.Request(
        ctx.pathParam("task"),
        ctx.pathParam("dataset"),
        Params.text(ctx, "metric"),
        asOf,
        Params.bool(ctx, "include_extra_data").orElse(true));
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
