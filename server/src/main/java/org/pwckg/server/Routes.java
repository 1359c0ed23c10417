package org.pwckg.server;

import io.javalin.config.RoutesConfig;
import org.pwckg.ontology.IriKind;
import org.pwckg.server.admin.AdminRoutes;
import org.pwckg.server.api.ApiRoutes;
import org.pwckg.server.api.OpenApi;
import org.pwckg.server.figures.FigureRoutes;
import org.pwckg.server.ld.LinkedDataRoutes;
import org.pwckg.server.search.SearchRoutes;
import org.pwckg.server.sparql.SparqlRoutes;
import org.pwckg.server.web.WebRoutes;

/** Every route of the server, in one place, reading like the API it offers. */
final class Routes {
  private Routes() {}

  static void install(
      RoutesConfig routes,
      SparqlRoutes sparql,
      ApiRoutes api,
      SearchRoutes search,
      LinkedDataRoutes ld,
      FigureRoutes figures,
      WebRoutes web,
      AdminRoutes admin,
      Health health) {
    routes.get("/", web::home);
    routes.get("/health", Health::live);
    routes.get("/ready", health::ready);
    routes.get("/tasks", web::taskTree);
    routes.get("/sota", web::allSota);
    routes.get("/papers", web::paperList);
    routes.get("/datasets", web::datasetList);
    routes.get("/methods", web::methodList);
    routes.get("/search", web::searchPage);
    routes.get("/about", web::about);
    routes.get("/submit", web::submit);

    routes.get("/sparql", sparql::get);
    routes.post("/sparql", sparql::post);
    routes.get("/void", sparql::voidDescription);
    routes.get("/.well-known/void", ctx -> ctx.redirect("/void"));

    // Each API operation is checked against the query parameters openapi.json declares for it.
    OpenApi spec = OpenApi.load();
    routes.get("/api/v1/openapi.json", spec::serve);
    routes.get("/api/v1/docs", api::docs);
    routes.get("/api/v1/papers", spec.get("/papers", api::papers));
    routes.get("/api/v1/search", spec.get("/search", search::search));
    routes.get("/api/v1/papers/{id}", spec.get("/papers/{id}", api::paper));
    routes.get("/api/v1/papers/{id}/related", spec.get("/papers/{id}/related", search::related));
    routes.get("/api/v1/tasks", spec.get("/tasks", api::tasks));
    routes.get("/api/v1/tasks/{id}", spec.get("/tasks/{id}", api::task));
    routes.get("/api/v1/tasks/{id}/papers", spec.get("/tasks/{id}/papers", api::taskPapers));
    routes.get("/api/v1/datasets", spec.get("/datasets", api::datasets));
    routes.get("/api/v1/datasets/<id>", spec.get("/datasets/{id}", api::dataset));
    routes.get("/api/v1/methods", spec.get("/methods", api::methods));
    routes.get("/api/v1/methods/{id}", spec.get("/methods/{id}", api::method));
    routes.get("/api/v1/areas", spec.get("/areas", api::areas));
    routes.get(
        "/api/v1/repositories/{owner}/{name}",
        spec.get("/repositories/{owner}/{name}", api::repository));
    // <dataset>: d or d/part. The history route comes first: the table's would match it too.
    routes.get(
        "/api/v1/sota/{task}/<dataset>/history",
        spec.get("/sota/{task}/{dataset}/history", api::sotaHistory));
    routes.get("/api/v1/sota/{task}/<dataset>", spec.get("/sota/{task}/{dataset}", api::sota));
    routes.get("/api/v1/search/figures", spec.get("/search/figures", figures::search));
    routes.post(FigureRoutes.BY_IMAGE, spec.post("/search/by-image", figures::byImage));

    routes.post(AdminRoutes.INGEST, spec.post(AdminRoutes.INGEST, admin::startIngest));
    routes.get(AdminRoutes.INGEST, spec.get(AdminRoutes.INGEST, admin::latestIngest));
    routes.get(
        AdminRoutes.INGEST + "/{id}", spec.get(AdminRoutes.INGEST + "/{id}", admin::ingestStatus));

    routes.get("/figures/{id}", figures::file);
    routes.get("/figures/{id}/thumbnail", figures::thumbnail);

    routes.get("/ontology", ld::ontology);
    routes.get("/ontology.{ext}", ld::ontology);
    routes.get("/dumps", ld::dumpList);
    routes.get("/dumps/", ld::dumpList);
    routes.get("/dumps/{name}", ld::dump);
    for (IriKind kind : IriKind.values()) routes.get("/" + kind.segment() + "/<rest>", ld::entity);
  }
}
