package org.pwckg.search.query;

import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.index.EntityKind;

/**
 * One search: the query text ({@code q}, may be empty to list by filters), the mode (null: hybrid
 * when vectors exist, else keyword), the kind of entity, filters and the page wanted.
 *
 * @param offset results to skip (from 0)
 * @param limit results to return, 1 to {@link #MAX_LIMIT}
 */
public record SearchRequest(
    String q, SearchMode mode, EntityKind type, SearchFilters filters, int offset, int limit) {
  public static final int MAX_LIMIT = 500;

  /**
   * How deep semantic and hybrid results go (the vectors are asked for offset + limit neighbours).
   */
  public static final int MAX_SEMANTIC_DEPTH = 10_000;

  public SearchRequest {
    q = q == null ? "" : q.strip();
    type = type == null ? EntityKind.PAPER : type;
    filters = filters == null ? SearchFilters.none() : filters;
    if (limit < 1 || limit > MAX_LIMIT)
      throw new InvalidSearchException("limit must be 1 to " + MAX_LIMIT + ", was " + limit);
    if (offset < 0) throw new InvalidSearchException("offset must be ≥ 0, was " + offset);
  }

  public static SearchRequest of(String q, SearchMode mode) {
    return new SearchRequest(q, mode, EntityKind.PAPER, SearchFilters.none(), 0, 10);
  }

  public SearchRequest withFilters(SearchFilters f) {
    return new SearchRequest(q, mode, type, f, offset, limit);
  }

  public SearchRequest withType(EntityKind kind) {
    return new SearchRequest(q, mode, kind, filters, offset, limit);
  }

  public SearchRequest withPage(int newOffset, int newLimit) {
    return new SearchRequest(q, mode, type, filters, newOffset, newLimit);
  }

  public SearchRequest withMode(SearchMode newMode) {
    return new SearchRequest(q, newMode, type, filters, offset, limit);
  }

  /** Results the engines must rank to serve this page. */
  public int depth() {
    return offset + limit;
  }
}
