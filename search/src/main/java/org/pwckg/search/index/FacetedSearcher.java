package org.pwckg.search.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher with the facet ordinals of its reader. Building the ordinal map costs a pass over the
 * facet values, so it is done once per reader (when the searcher is refreshed), not per query.
 */
public final class FacetedSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facets;

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facets =
        hasFacets(reader, config) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  /** The facet state, or null for an index without documents. */
  public SortedSetDocValuesReaderState facets() {
    return facets;
  }

  private static boolean hasFacets(IndexReader reader, FacetsConfig config) {
    String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info != null) return true;
    }
    return false;
  }
}
