package org.pwckg.server.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ontology.Vocab;
import org.pwckg.server.api.Views.Paged;
import org.pwckg.server.api.Views.PaperSummary;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.Store;

/** The paper listing ({@code /papers}, {@code /tasks/{id}/papers}): filters, count and one page. */
public final class PaperSearch {
  /** The filters of the listing; empty means "do not filter on this". */
  public record Filter(Optional<String> q, Optional<String> task, Optional<String> dataset, Optional<String> method,
      Optional<Boolean> hasCode, Optional<Integer> yearFrom, Optional<Integer> yearTo) {
    public static Filter none() {
      return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty());
    }

    public Filter withTask(String id) {
      return new Filter(q, Optional.of(id), dataset, method, hasCode, yearFrom, yearTo);
    }
  }

  private final Store store;
  private final Ids ids;
  private final PaperService papers;

  public PaperSearch(Store store, Ids ids, PaperService papers) {
    this.store = store;
    this.ids = ids;
    this.papers = papers;
  }

  public long count(Filter filter) {
    return store.count("papers-search", params(filter));
  }

  public Paged<PaperSummary> search(Filter filter, Paging paging) {
    Map<String, Node> params = params(filter);
    return store.read(() -> {
      long count = store.count("papers-search", params);
      List<PaperSummary> results = store.select(store.query("papers-search").page(paging.size(), paging.offset()), params)
          .stream().map(r -> papers.summary(r.node("paper"))).filter(Objects::nonNull).toList();
      return paging.answer(count, results);
    });
  }

  private Map<String, Node> params(Filter f) {
    if (f.yearFrom().isPresent() && f.yearTo().isPresent() && f.yearFrom().get() > f.yearTo().get()) {
      throw ApiException.badRequest("year_from is after year_to");
    }
    Map<String, Node> p = new HashMap<>();
    f.task().ifPresent(id -> p.put("task", ids.iri("task", id)));
    f.method().ifPresent(id -> p.put("method", ids.iri("method", id)));
    f.dataset().ifPresent(id -> p.put("dataset", ids.iri("dataset", id)));
    f.hasCode().ifPresent(b -> p.put("hasCode", NodeFactory.createLiteralDT(b.toString(), XSDDatatype.XSDboolean)));
    f.yearFrom().ifPresent(y -> p.put("yearFrom", integer(y)));
    f.yearTo().ifPresent(y -> p.put("yearTo", integer(y)));
    f.q().ifPresent(q -> p.put("q", NodeFactory.createLiteralString(q.toLowerCase(Locale.ROOT))));
    seed(p);
    return p;
  }

  /** The most selective pattern drives the scan: the task or method asked for, else all papers. */
  private static void seed(Map<String, Node> p) {
    if (p.containsKey("task")) {
      p.put("seedProperty", Vocab.PAPER_TASK);
      p.put("seedValue", p.get("task"));
    } else if (p.containsKey("method")) {
      p.put("seedProperty", Vocab.PAPER_METHOD);
      p.put("seedValue", p.get("method"));
    } else {
      p.put("seedProperty", Vocab.TYPE);
      p.put("seedValue", Vocab.PAPER);
    }
  }

  private static Node integer(int n) {
    return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
  }
}
