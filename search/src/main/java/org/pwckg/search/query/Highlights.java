package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;

/** Fragments of title and abstract (name and description) where the query's terms occur. */
final class Highlights {
  private static final String[] FIELDS = {IndexFields.NAME, IndexFields.TEXT};
  private static final int[] PASSAGES = {1, 2};

  private Highlights() {}

  /**
   * Per document id (in the order given): field → fragments; fields without a match are left out.
   */
  static List<Map<String, List<String>>> of(FacetedSearcher searcher, Query query, int[] docs)
      throws IOException {
    List<Map<String, List<String>>> out = new ArrayList<>(docs.length);
    if (docs.length == 0) return out;
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, IndexFields.analyzer())
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxNoHighlightPassages(0)
            // Offsets of the query's terms, not per-document Weight matches: a sentence query has
            // a hundred field-term clauses, and matching each against every hit cost more than the
            // search itself.
            .withWeightMatches(false)
            .build();
    Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docs, PASSAGES);
    for (int i = 0; i < docs.length; i++) {
      Map<String, List<String>> fields = new HashMap<>();
      for (String field : FIELDS) {
        String fragment = byField.get(field)[i];
        if (fragment != null && !fragment.isEmpty()) fields.put(field, List.of(fragment));
      }
      out.add(fields);
    }
    return out;
  }
}
