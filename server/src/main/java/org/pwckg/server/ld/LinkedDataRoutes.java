package org.pwckg.server.ld;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.http.Format;
import org.pwckg.server.http.Negotiation;
import org.pwckg.server.http.PublicUrls;
import org.pwckg.server.sparql.SparqlRenderer;
import org.pwckg.server.sparql.SparqlRoutes;

/** Entity IRIs, the ontology and the dumps, dereferenced with content negotiation. */
public final class LinkedDataRoutes {
  private final EntityDescriber describer;
  private final Dumps dumps;
  private final PublicUrls urls;
  private final SitePages site;

  public LinkedDataRoutes(EntityDescriber describer, Dumps dumps, PublicUrls urls, SitePages site) {
    this.describer = describer;
    this.dumps = dumps;
    this.urls = urls;
    this.site = site;
  }

  /** GET /{kind}/{…}[.ttl|.nt|.jsonld|.rdf|.html] */
  public void entity(Context ctx) {
    if (site.intercept(ctx)) return;
    String path = ctx.path();
    String suffix = null;
    String iri = urls.dataIri(path);
    if (!describer.exists(iri)) {
      int dot = path.lastIndexOf('.');
      if (dot > path.lastIndexOf('/')
          && Negotiation.isName(path.substring(dot + 1), Negotiation.DOCUMENTS)) {
        suffix = path.substring(dot + 1);
        path = path.substring(0, dot);
        iri = urls.dataIri(path);
      }
      if (suffix == null || !describer.exists(iri))
        throw ApiException.notFound("No entity <" + iri + ">");
    }
    Format format =
        Negotiation.choose(
            ctx.header("Accept"),
            suffix != null ? suffix : SparqlRoutes.formatParam(ctx),
            Negotiation.DOCUMENTS);
    if (format == Format.HTML && site.render(ctx, path)) return;
    Graph graph = describer.describe(iri);
    if (format == Format.HTML) {
      ctx.header("Vary", "Accept")
          .html(EntityPage.render(graph, iri, describer.labels(iri), urls, path));
    } else {
      write(ctx, graph, format);
    }
  }

  /** GET /ontology[.ext]: the ontology at its namespace IRI. */
  public void ontology(Context ctx) {
    Graph g =
        OntologyHolder.ONTOLOGY.orElseThrow(
            () -> ApiException.notFound("The ontology file is not part of this build"));
    String suffix = ctx.pathParamMap().getOrDefault("ext", null);
    Format format =
        Negotiation.choose(
            ctx.header("Accept"),
            suffix != null ? suffix : SparqlRoutes.formatParam(ctx),
            Negotiation.DOCUMENTS);
    String root = OntologyDocument.iri();
    if (format == Format.HTML)
      ctx.header("Vary", "Accept").html(EntityPage.render(g, root, Map.of(), urls, "/ontology"));
    else write(ctx, g, format);
  }

  /** GET /dumps/: the dumps on offer. */
  public void dumpList(Context ctx) {
    ctx.json(
        Map.of(
            "dumps",
            dumps.names().stream()
                .map(
                    n ->
                        Map.of(
                            "name",
                            n,
                            "url",
                            urls.url(ctx, "/dumps/" + n),
                            "media_type",
                            "application/n-triples",
                            "encoding",
                            "gzip"))
                .toList()));
  }

  /** GET /dumps/{name}: one dump file. */
  public void dump(Context ctx) {
    Path file = dumps.file(ctx.pathParam("name"));
    try {
      ctx.disableCompression()
          .contentType("application/gzip")
          .header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"")
          .header("Content-Length", Long.toString(Files.size(file)))
          .result(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parsed on first request, not at start: the server should be up as fast as possible. */
  private static final class OntologyHolder {
    static final Optional<Graph> ONTOLOGY = OntologyDocument.load();
  }

  private static void write(Context ctx, Graph graph, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlRenderer.writeGraph(out, graph, format);
    ctx.header("Vary", "Accept").contentType(format.contentType()).result(out.toByteArray());
  }
}
