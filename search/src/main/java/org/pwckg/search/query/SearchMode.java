package org.pwckg.search.query;

import java.util.Locale;
import org.pwckg.search.InvalidSearchException;

/** How results are found: BM25 over the keyword index, embeddings, or both fused by rank. */
public enum SearchMode {
  KEYWORD,
  SEMANTIC,
  HYBRID;

  public static SearchMode of(String code) {
    try {
      return valueOf(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidSearchException(
          "mode must be keyword, semantic or hybrid, not '" + code + "'");
    }
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
