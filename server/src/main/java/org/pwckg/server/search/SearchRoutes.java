package org.pwckg.server.search;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.query.FacetCount;
import org.pwckg.search.query.SearchFilters;
import org.pwckg.search.query.SearchHit;
import org.pwckg.search.query.SearchMode;
import org.pwckg.search.query.SearchRequest;
import org.pwckg.search.query.SearchResponse;
import org.pwckg.search.query.SearchService;
import org.pwckg.search.related.RelatedPapers;
import org.pwckg.server.api.Ids;
import org.pwckg.server.api.Paging;
import org.pwckg.server.api.Params;
import org.pwckg.server.api.Views;
import org.pwckg.server.http.PublicUrls;
import org.pwckg.server.search.SearchViews.Facet;
import org.pwckg.server.search.SearchViews.Hit;
import org.pwckg.server.search.SearchViews.SearchPage;

/**
 * {@code /api/v1/search} and {@code /api/v1/papers/{id}/related}: parse, call the search module,
 * render.
 */
public final class SearchRoutes {
  /** Related papers per request by default, as on the paper page. */
  private final SearchService search;

  private final RelatedPapers related;
  private final Ids ids;
  private final PublicUrls urls;

  public SearchRoutes(SearchService search, RelatedPapers related, Ids ids, PublicUrls urls) {
    this.search = search;
    this.related = related;
    this.ids = ids;
    this.urls = urls;
  }

  /**
   * GET
   * /api/v1/search?q=&mode=&type=&task=&area=&conference=&year_from=&year_to=&has_code=&page=&items_per_page=
   */
  public void search(Context ctx) {
    ctx.json(page(ctx));
  }

  /** The search answer to a request's parameters (also the website's search page). */
  public SearchPage page(Context ctx) {
    Paging paging = Paging.of(ctx, urls);
    SearchRequest request =
        new SearchRequest(
            Params.text(ctx, "q").orElse(""),
            Params.text(ctx, "mode").map(SearchMode::of).orElse(null),
            type(ctx),
            filters(ctx),
            Math.toIntExact(paging.offset()),
            paging.size());
    SearchResponse r = search.search(request);
    Views.Paged<Hit> page = paging.answer(r.count(), r.results().stream().map(this::hit).toList());
    return new SearchPage(
        r.count(),
        r.approximate(),
        page.next(),
        page.previous(),
        r.query(),
        r.mode(),
        r.type(),
        page.results(),
        facets(r.facets()),
        r.notes());
  }

  /** GET /api/v1/papers/{id}/related?k= */
  public void related(Context ctx) {
    String iri = ids.iri("paper", ctx.pathParam("id")).getURI();
    int k = Params.integer(ctx, "k", 1, RelatedPapers.MAX_K).orElse(RelatedPapers.DEFAULT_K);
    ctx.json(RelatedViews.of(related.of(iri, k), ids));
  }

  private static EntityKind type(Context ctx) {
    return Params.text(ctx, "type")
        .map(
            t -> {
              try {
                return EntityKind.of(t);
              } catch (IllegalArgumentException e) {
                throw new InvalidSearchException(
                    "type must be paper, task, dataset or method, not '" + t + "'");
              }
            })
        .orElse(EntityKind.PAPER);
  }

  private static SearchFilters filters(Context ctx) {
    return new SearchFilters(
        ctx.queryParams("task"),
        ctx.queryParams("area"),
        ctx.queryParams("conference"),
        Params.integer(ctx, "year_from", 1, 9999).orElse(null),
        Params.integer(ctx, "year_to", 1, 9999).orElse(null),
        Params.bool(ctx, "has_code").orElse(null));
  }

  private Hit hit(SearchHit h) {
    return new Hit(RelatedViews.id(ids, h.iri(), h.type()), h);
  }

  /**
   * Facet values as API ids where they are entities, so that they can be passed back as filters.
   */
  private Map<String, List<Facet>> facets(Map<String, List<FacetCount>> facets) {
    Map<String, List<Facet>> out = new LinkedHashMap<>();
    facets.forEach(
        (dim, values) ->
            out.put(
                dim,
                values.stream()
                    .map(
                        v ->
                            new Facet(
                                v.value().contains("://")
                                    ? RelatedViews.anyId(ids, v.value())
                                    : v.value(),
                                v.label(),
                                v.count()))
                    .toList()));
    return out;
  }
}
