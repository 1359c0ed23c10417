package org.pwckg.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.search.query.PaperListing;
import org.pwckg.search.query.SearchFilters;
import org.pwckg.server.api.Views.Paged;
import org.pwckg.server.api.Views.PaperSummary;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.Store;

/**
 * The paper listing ({@code /papers}, {@code /tasks/{id}/papers}): which papers and how many come
 * from the keyword index ({@link PaperListing}), what each entry shows from the graph.
 */
public final class PaperSearch {
  /** The filters of the listing; empty means "do not filter on this". */
  public record Filter(
      Optional<String> q,
      Optional<String> task,
      Optional<String> dataset,
      Optional<String> method,
      Optional<Boolean> hasCode,
      Optional<Integer> yearFrom,
      Optional<Integer> yearTo) {
    public static Filter none() {
      return new Filter(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    }

    /**
     * The filter of a papers listing request: {@code
     * ?q=&task=&dataset=&method=&has_code=&year_from=&year_to=}.
     */
    public static Filter of(Context ctx) {
      return new Filter(
          Params.text(ctx, "q"),
          Params.text(ctx, "task"),
          Params.text(ctx, "dataset"),
          Params.text(ctx, "method"),
          Params.bool(ctx, "has_code"),
          Params.integer(ctx, "year_from", 1, 9999),
          Params.integer(ctx, "year_to", 1, 9999));
    }

    public Filter withTask(String id) {
      return new Filter(q, Optional.of(id), dataset, method, hasCode, yearFrom, yearTo);
    }

    public Filter withMethod(String id) {
      return new Filter(q, task, dataset, Optional.of(id), hasCode, yearFrom, yearTo);
    }
  }

  private final Store store;
  private final PaperListing listing;
  private final PaperService papers;

  public PaperSearch(Store store, PaperListing listing, PaperService papers) {
    this.store = store;
    this.listing = listing;
    this.papers = papers;
  }

  public long count(Filter filter) {
    return listing.count(filter.q().orElse(null), filters(filter));
  }

  public Paged<PaperSummary> search(Filter filter, Paging paging) {
    PaperListing.Page page =
        listing.list(filter.q().orElse(null), filters(filter), paging.offset(), paging.size());
    List<PaperSummary> results =
        store.read(
            () ->
                page.iris().stream()
                    .map(iri -> papers.summary(NodeFactory.createURI(iri)))
                    .filter(Objects::nonNull)
                    .toList());
    return paging.answer(page.count(), results);
  }

  /**
   * Ids are checked here, so a malformed one is a 400 naming the parameter rather than an empty
   * listing.
   */
  private static SearchFilters filters(Filter f) {
    if (f.yearFrom().isPresent()
        && f.yearTo().isPresent()
        && f.yearFrom().get() > f.yearTo().get()) {
      throw ApiException.badRequest("year_from is after year_to");
    }
    return new SearchFilters(
        ids(f.task(), "task"),
        List.of(),
        List.of(),
        ids(f.method(), "method"),
        ids(f.dataset(), "dataset"),
        f.yearFrom().orElse(null),
        f.yearTo().orElse(null),
        f.hasCode().orElse(null));
  }

  private static List<String> ids(Optional<String> id, String kind) {
    return id.map(i -> List.of(Ids.check(kind, i))).orElse(List.of());
  }
}
