package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.pwckg.search.index.FacetValue;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;

/** Counts task, area, year, has-code and conference values over a set of results. */
final class FacetCounter {
  /** Values per dimension, most frequent first. */
  static final int TOP = 10;

  private static final List<String> DIMENSIONS =
      List.of(
          IndexFields.FACET_TASK,
          IndexFields.FACET_AREA,
          IndexFields.FACET_YEAR,
          IndexFields.FACET_HAS_CODE,
          IndexFields.FACET_CONFERENCE);
  private static final List<String> LINKED =
      List.of(IndexFields.FACET_TASK, IndexFields.FACET_AREA, IndexFields.FACET_CONFERENCE);

  /** How many documents matched, with facets; estimates when {@code approximate}. */
  record Counted(long count, boolean approximate, Map<String, List<FacetCount>> facets) {}

  /** Every match of {@code query}, counted, with its facets. */
  static Counted all(FacetedSearcher searcher, Query query) throws IOException {
    FacetsCollector matches = searcher.search(query, new FacetsCollectorManager());
    return new Counted(total(matches), false, count(searcher, matches, 1));
  }

  /**
   * The matches of {@code query} and their facets estimated from a sample of about {@link
   * MatchCounting#sampleDocs()} documents ({@link SampledDocs}), scaled up to the whole index.
   */
  static Counted sampled(FacetedSearcher searcher, Query query, MatchCounting counting)
      throws IOException {
    SampledDocs sample = SampledDocs.about(counting.sampleDocs(), searcher.getIndexReader());
    double fraction = sample.fraction(searcher.getIndexReader());
    Query inSample =
        new BooleanQuery.Builder().add(query, Occur.MUST).add(sample, Occur.FILTER).build();
    FacetsCollector matches = searcher.search(inSample, new FacetsCollectorManager());
    return new Counted(
        Math.round(total(matches) / fraction),
        fraction < 1,
        count(searcher, matches, 1 / fraction));
  }

  private static long total(FacetsCollector matches) {
    return matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
  }

  /** Facets of the documents {@code matches} collected, each count multiplied by {@code scale}. */
  private static Map<String, List<FacetCount>> count(
      FacetedSearcher searcher, FacetsCollector matches, double scale) throws IOException {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    if (searcher.facets() == null) return facets;
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(searcher.facets(), matches);
    for (String dim : DIMENSIONS) facets.put(dim, values(dim, dimension(counts, dim), scale));
    return facets;
  }

  /**
   * Facets of these documents (the candidates of a semantic or hybrid search), handed to the
   * collector directly: a query over a hundred ids spent more in its rewrite than in the counting.
   */
  static Map<String, List<FacetCount>> count(FacetedSearcher searcher, Collection<Integer> found)
      throws IOException {
    FacetsCollector matches = new FacetsCollector();
    searcher.bySegment(
        found,
        (leaf, docs) -> {
          LeafCollector collector = matches.getLeafCollector(leaf);
          for (int d : docs) collector.collect(d);
          collector.finish();
        });
    return count(searcher, matches, 1);
  }

  private static FacetResult dimension(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    try {
      return counts.getTopChildren(TOP, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return null; // no document in the index has a value for it (e.g. no years at all)
    }
  }

  private static List<FacetCount> values(String dim, FacetResult result, double scale) {
    List<FacetCount> values = new ArrayList<>();
    if (result == null) return values;
    for (LabelAndValue lv : result.labelValues) {
      long n = Math.round(lv.value.longValue() * scale);
      if (LINKED.contains(dim)) {
        FacetValue v = FacetValue.decode(lv.label);
        values.add(new FacetCount(v.iri(), v.label(), n));
      } else {
        values.add(new FacetCount(lv.label, lv.label, n));
      }
    }
    return values;
  }
}
