package org.pwckg.search.query;

import java.util.List;
import org.pwckg.search.InvalidSearchException;

/**
 * Restrictions on the results, each optional (empty list, null). Entities are named by id (the
 * last part of the IRI, as in the API: {@code task=image-classification}) or by full IRI; several
 * values of one filter mean any of them.
 */
public record SearchFilters(List<String> tasks, List<String> areas, List<String> conferences, Integer yearFrom,
    Integer yearTo, Boolean hasCode) {

  public SearchFilters {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
    areas = areas == null ? List.of() : List.copyOf(areas);
    conferences = conferences == null ? List.of() : List.copyOf(conferences);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new InvalidSearchException("year_from (" + yearFrom + ") is after year_to (" + yearTo + ")");
    }
  }

  public static SearchFilters none() {
    return new SearchFilters(List.of(), List.of(), List.of(), null, null, null);
  }

  public boolean isEmpty() {
    return tasks.isEmpty() && areas.isEmpty() && conferences.isEmpty() && yearFrom == null && yearTo == null
        && hasCode == null;
  }

  public SearchFilters withTask(String task) {
    return new SearchFilters(List.of(task), areas, conferences, yearFrom, yearTo, hasCode);
  }

  public SearchFilters withYears(Integer from, Integer to) {
    return new SearchFilters(tasks, areas, conferences, from, to, hasCode);
  }

  public SearchFilters withHasCode(Boolean value) {
    return new SearchFilters(tasks, areas, conferences, yearFrom, yearTo, value);
  }
}
