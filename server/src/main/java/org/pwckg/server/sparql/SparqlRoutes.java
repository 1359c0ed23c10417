package org.pwckg.server.sparql;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.pwckg.queries.NamedQueries;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.http.Format;
import org.pwckg.server.http.Negotiation;
import org.pwckg.server.http.PublicUrls;
import org.pwckg.server.store.Store;

/** The SPARQL 1.1 Protocol operations: query, update, service description, VoID. */
public final class SparqlRoutes {
  private final Store store;
  private final SparqlExecutor executor;
  private final UpdateExecutor updates;
  private final UpdateGuard guard;
  private final Runnable afterUpdate;
  private final DatasetStats stats;
  private final PublicUrls urls;
  private final List<String> dumps;

  /**
   * @param afterUpdate told after every successful update (cached statistics and dumps go stale)
   * @param dumps the names of the downloadable dumps, for VoID
   */
  public SparqlRoutes(
      Store store,
      SparqlExecutor executor,
      UpdateExecutor updates,
      UpdateGuard guard,
      Runnable afterUpdate,
      DatasetStats stats,
      PublicUrls urls,
      List<String> dumps) {
    this.store = store;
    this.executor = executor;
    this.updates = updates;
    this.guard = guard;
    this.afterUpdate = afterUpdate;
    this.stats = stats;
    this.urls = urls;
    this.dumps = dumps;
  }

  public void get(Context ctx) {
    SparqlRequest request = SparqlRequest.of(ctx);
    if (request.query().isPresent()) query(ctx, request);
    else describeService(ctx);
  }

  public void post(Context ctx) {
    SparqlRequest request = SparqlRequest.of(ctx);
    if (request.update().isPresent()) update(ctx, request);
    else if (request.query().isPresent()) query(ctx, request);
    else
      throw ApiException.badRequest("POST to the SPARQL endpoint needs a 'query' or an 'update'");
  }

  /** GET /void: the VoID description of the dataset. */
  public void voidDescription(Context ctx) {
    Format format = Negotiation.choose(ctx.header("Accept"), formatParam(ctx), Negotiation.GRAPHS);
    Graph g = VoidDescription.describe(stats.get(), urls.origin(ctx), urls.dataBase(), dumps);
    writeGraph(ctx, g, format);
  }

  private void query(Context ctx, SparqlRequest request) {
    String text = request.query().orElseThrow();
    String override = formatParam(ctx);
    if (Negotiation.choose(ctx.header("Accept"), override, Negotiation.QUERY_ANSWERS)
        == Format.HTML) {
      queryPage(ctx, text, request);
      return;
    }
    TimeBudget budget = TimeBudget.startingNow(limit(request));
    Query query = parse(text);
    List<Format> offers =
        query.isSelectType() || query.isAskType() ? Negotiation.RESULTS : Negotiation.GRAPHS;
    Format format = Negotiation.choose(ctx.header("Accept"), override, offers);
    SparqlRenderer.write(ctx, executor.execute(query, request.dataset(), budget), format);
  }

  /**
   * A browser that follows a link to a query asks for HTML first: it gets the query editor with the
   * query and its results (or the reason it failed, with the failure's status), not a file.
   */
  private void queryPage(Context ctx, String text, SparqlRequest request) {
    QueryEditorPage.Opened opened;
    try {
      long t0 = System.nanoTime();
      TimeBudget budget = TimeBudget.startingNow(limit(request));
      Query query = parse(text);
      SparqlResult result = executor.execute(query, request.dataset(), budget);
      opened = QueryEditorPage.Opened.ran(text, result, (System.nanoTime() - t0) / 1_000_000);
    } catch (QueryException e) {
      ctx.status(400);
      opened = QueryEditorPage.Opened.failed(text, e.getMessage());
    } catch (ApiException e) {
      ctx.status(e.problem().status());
      opened = QueryEditorPage.Opened.failed(text, e.getMessage());
    }
    ctx.header("Vary", "Accept")
        .html(QueryEditorPage.render(urls.url(ctx, "/sparql"), NamedQueries.examples(), opened));
  }

  /** Parses a query whose tokens are all short enough to parse quickly ({@link TokenLimit}). */
  private static Query parse(String text) {
    TokenLimit.check(text);
    return QueryFactory.create(text, Syntax.syntaxARQ);
  }

  private Duration limit(SparqlRequest request) {
    return request.timeout().filter(t -> t.compareTo(store.timeout()) < 0).orElse(store.timeout());
  }

  private void update(Context ctx, SparqlRequest request) {
    guard.check(ctx);
    TimeBudget budget = TimeBudget.startingNow(store.timeout());
    String text = request.update().orElseThrow();
    TokenLimit.check(text);
    UpdateRequest update = UpdateFactory.create(text, Syntax.syntaxARQ);
    updates.execute(update, budget);
    afterUpdate.run();
    ctx.status(204);
  }

  private void describeService(Context ctx) {
    Format format =
        Negotiation.choose(ctx.header("Accept"), formatParam(ctx), Negotiation.DOCUMENTS);
    String endpoint = urls.url(ctx, "/sparql");
    if (format == Format.HTML) {
      ctx.header("Vary", "Accept").html(QueryEditorPage.render(endpoint, NamedQueries.examples()));
      return;
    }
    List<Node> named =
        store.read(
            () -> {
              List<Node> names = new ArrayList<>();
              store.graph().listGraphNodes().forEachRemaining(names::add);
              return names;
            });
    writeGraph(
        ctx,
        ServiceDescription.describe(endpoint, guard.enabled(), named, urls.url(ctx, "/void")),
        format);
  }

  private static void writeGraph(Context ctx, Graph graph, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SparqlRenderer.writeGraph(out, graph, format);
    ctx.header("Vary", "Accept").contentType(format.contentType()).result(out.toByteArray());
  }

  /** The protocol's own override parameters: {@code format=} (or Fuseki's {@code output=}). */
  public static String formatParam(Context ctx) {
    String format = ctx.queryParam("format");
    if (format == null) format = ctx.queryParam("output");
    if (format == null && ctx.isFormUrlencoded()) format = ctx.formParam("format");
    return format;
  }
}
