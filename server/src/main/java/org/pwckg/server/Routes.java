package org.pwckg.server;

import io.javalin.config.RoutesConfig;
import org.pwckg.ontology.IriKind;
import org.pwckg.server.api.ApiRoutes;
import org.pwckg.server.figures.FigureRoutes;
import org.pwckg.server.ld.LinkedDataRoutes;
import org.pwckg.server.search.SearchRoutes;
import org.pwckg.server.sparql.SparqlRoutes;

/** Every route of the server, in one place, reading like the API it offers. */
final class Routes {
  private Routes() {}

  static void install(
      RoutesConfig routes,
      SparqlRoutes sparql,
      ApiRoutes api,
      SearchRoutes search,
      LinkedDataRoutes ld,
      FigureRoutes figures) {
    routes.get("/", HomePage::render);

    routes.get("/sparql", sparql::get);
    routes.post("/sparql", sparql::post);
    routes.get("/void", sparql::voidDescription);
    routes.get("/.well-known/void", ctx -> ctx.redirect("/void"));

    routes.get("/api/v1/openapi.json", api::openApi);
    routes.get("/api/v1/docs", api::docs);
    routes.get("/api/v1/papers", api::papers);
    routes.get("/api/v1/search", search::search);
    routes.get("/api/v1/papers/{id}", api::paper);
    routes.get("/api/v1/papers/{id}/related", search::related);
    routes.get("/api/v1/tasks", api::tasks);
    routes.get("/api/v1/tasks/{id}", api::task);
    routes.get("/api/v1/tasks/{id}/papers", api::taskPapers);
    routes.get("/api/v1/datasets", api::datasets);
    routes.get("/api/v1/datasets/<id>", api::dataset);
    routes.get("/api/v1/methods", api::methods);
    routes.get("/api/v1/methods/{id}", api::method);
    routes.get("/api/v1/areas", api::areas);
    routes.get("/api/v1/repositories/{owner}/{name}", api::repository);
    routes.get(
        "/api/v1/sota/{task}/<dataset>", api::sota); // dataset: d, d/part, or either + "/history"
    routes.get("/api/v1/search/figures", figures::search);
    routes.post(FigureRoutes.BY_IMAGE, figures::byImage);

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
