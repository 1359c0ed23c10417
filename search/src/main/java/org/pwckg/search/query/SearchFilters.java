package org.pwckg.search.query;

import java.util.List;
import org.pwckg.search.InvalidSearchException;

/**
 * Restrictions on the results, each optional (empty list, null). Entities are named by id (the last
 * part of the IRI, as in the API: {@code task=image-classification}) or by full IRI; several values
 * of one filter mean any of them.
 */
public record SearchFilters(
    List<String> tasks,
    List<String> areas,
    List<String> conferences,
    List<String> methods,
    List<String> datasets,
    Integer yearFrom,
    Integer yearTo,
    Boolean hasCode) {

  public SearchFilters {
    tasks = copy(tasks);
    areas = copy(areas);
    conferences = copy(conferences);
    methods = copy(methods);
    datasets = copy(datasets);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new InvalidSearchException(
          "year_from (" + yearFrom + ") is after year_to (" + yearTo + ")");
    }
  }

  /** The filters of the search API, which has no method or dataset filter. */
  public SearchFilters(
      List<String> tasks,
      List<String> areas,
      List<String> conferences,
      Integer yearFrom,
      Integer yearTo,
      Boolean hasCode) {
    this(tasks, areas, conferences, List.of(), List.of(), yearFrom, yearTo, hasCode);
  }

  public static SearchFilters none() {
    return new SearchFilters(List.of(), List.of(), List.of(), null, null, null);
  }

  public boolean isEmpty() {
    return tasks.isEmpty()
        && areas.isEmpty()
        && conferences.isEmpty()
        && methods.isEmpty()
        && datasets.isEmpty()
        && yearFrom == null
        && yearTo == null
        && hasCode == null;
  }

  public SearchFilters withTask(String task) {
    return new SearchFilters(
        List.of(task), areas, conferences, methods, datasets, yearFrom, yearTo, hasCode);
  }

  public SearchFilters withMethod(String method) {
    return new SearchFilters(
        tasks, areas, conferences, List.of(method), datasets, yearFrom, yearTo, hasCode);
  }

  public SearchFilters withDataset(String dataset) {
    return new SearchFilters(
        tasks, areas, conferences, methods, List.of(dataset), yearFrom, yearTo, hasCode);
  }

  public SearchFilters withYears(Integer from, Integer to) {
    return new SearchFilters(tasks, areas, conferences, methods, datasets, from, to, hasCode);
  }

  public SearchFilters withHasCode(Boolean value) {
    return new SearchFilters(tasks, areas, conferences, methods, datasets, yearFrom, yearTo, value);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }
}
