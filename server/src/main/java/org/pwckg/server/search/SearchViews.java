package org.pwckg.server.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;
import org.pwckg.search.query.SearchHit;

/** The JSON of the search routes (snake_case on the wire); entities are named by API id and IRI. */
public final class SearchViews {
  private SearchViews() {}

  /** One page of search results with the old API's paging, plus what the search engines add. */
  public record SearchPage(
      long count,
      boolean approximate,
      String next,
      String previous,
      String query,
      String mode,
      String type,
      List<Hit> results,
      Map<String, List<Facet>> facets,
      List<String> notes) {}

  /**
   * A result: its API id beside what the search engines found (ranks and scores per engine are null
   * when that engine did not find it), on the wire as one flat object.
   */
  public record Hit(String id, @JsonUnwrapped SearchHit hit) {}

  /** A facet value: {@code value} is what the filter of the same name takes. */
  public record Facet(String value, String label, long count) {}

  /** The papers related to {@code paper}, best first, each with why. */
  public record RelatedList(
      String paper, String title, String model, int k, List<Related> results, List<String> notes) {}

  public record Related(
      String id,
      String iri,
      String title,
      Integer year,
      Boolean hasCode,
      double score,
      Double similarity,
      double graphScore,
      List<Signal> signals,
      String why) {}

  /**
   * {@code kind}: text, task, dataset, method or repository; {@code id} of the shared entity, if
   * any.
   */
  public record Signal(String kind, String id, String iri, String label, double weight) {}
}
