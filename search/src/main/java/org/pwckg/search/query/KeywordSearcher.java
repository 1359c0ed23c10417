package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.RefKind;

/**
 * BM25 over the keyword index. User text goes through Lucene's {@link SimpleQueryParser}, which
 * never fails on odd input ({@code "quoted phrases"}, {@code +must}, {@code -not}, {@code prefix*}
 * work; stray operators are taken as text), over the fields below with these weights.
 */
public final class KeywordSearcher {
  /**
   * A title or name match counts most; linked entity labels let "graph" find papers on graph tasks.
   */
  static final Map<String, Float> WEIGHTS =
      Map.of(
          IndexFields.NAME,
          3.0f,
          IndexFields.ALT,
          2.0f,
          IndexFields.TEXT,
          1.0f,
          IndexFields.AUTHOR,
          1.0f,
          IndexFields.label(RefKind.TASK),
          1.5f,
          IndexFields.label(RefKind.METHOD),
          1.0f,
          IndexFields.label(RefKind.DATASET),
          1.0f);

  private final SimpleQueryParser parser = new SimpleQueryParser(IndexFields.analyzer(), WEIGHTS);

  /** The text part of a query; empty text matches everything (a listing by filters). */
  public Query text(String q) {
    if (q.isBlank()) return new MatchAllDocsQuery();
    Query parsed = parser.parse(q);
    // Text of only stop words or punctuation parses to nothing: it matches nothing, as asked.
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  /** The best {@code depth} matches, and every match collected for facet counts. */
  Result search(FacetedSearcher searcher, Query text, Query filter, int depth) throws IOException {
    Query query =
        new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
    FacetsCollectorManager.FacetsResult found =
        FacetsCollectorManager.search(
            searcher, query, Math.max(depth, 1), new FacetsCollectorManager());
    TopDocs top = found.topDocs();
    List<Ranked> ranked = new ArrayList<>(top.scoreDocs.length);
    Set<String> fields = Set.of(IndexFields.ID);
    for (int i = 0; i < top.scoreDocs.length && i < depth; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      ranked.add(
          new Ranked(
              searcher.storedFields().document(sd.doc, fields).get(IndexFields.ID),
              i + 1,
              sd.score));
    }
    long total =
        found.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    return new Result(ranked, total, found.facetsCollector());
  }

  record Result(List<Ranked> hits, long total, FacetsCollector matches) {}
}
