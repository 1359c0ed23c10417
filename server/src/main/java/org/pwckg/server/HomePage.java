package org.pwckg.server;

import io.javalin.http.Context;
import org.pwckg.server.http.Html;

/** The landing page: where to go next. */
final class HomePage {
  private HomePage() {}

  static void render(Context ctx) {
    ctx.html(
        Html.page(
            "pwc-kg",
            "",
            """
        <h1>pwc-kg</h1>
        <p>The Papers With Code archive as a knowledge graph.</p>
        <ul>
          <li><a href="/sparql">SPARQL endpoint</a> (SPARQL 1.1 Protocol; a query editor in the browser)</li>
          <li><a href="/api/v1/docs">JSON API</a> (<a href="/api/v1/openapi.json">OpenAPI 3</a>)</li>
          <li><a href="/void">VoID description</a> and <a href="/dumps/">dumps</a></li>
          <li><a href="/ontology">Ontology</a></li>
        </ul>
        """));
  }
}
