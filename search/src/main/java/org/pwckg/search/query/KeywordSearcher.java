package org.pwckg.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits.Relation;
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

  private final int exactCountUpTo;

  KeywordSearcher(int exactCountUpTo) {
    this.exactCountUpTo = exactCountUpTo;
  }

  public KeywordSearcher() {
    this(MatchCounting.STANDARD.exactUpTo());
  }

  private final SimpleQueryParser parser = new SimpleQueryParser(IndexFields.analyzer(), WEIGHTS);

  /** The text part of a query; empty text matches everything (a listing by filters). */
  public Query text(String q) {
    if (q.isBlank()) return new MatchAllDocsQuery();
    Query parsed = parser.parse(q);
    // Text of only stop words or punctuation parses to nothing: it matches nothing, as asked.
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  /** The text query restricted by the filter. */
  static Query filtered(Query text, Query filter) {
    return new BooleanQuery.Builder().add(text, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /**
   * The best {@code depth} matches of {@code query}, and how many there are, counted exactly up to
   * {@code exactCountUpTo}. Past that Lucene stops counting and skips the documents that cannot
   * reach the top (block-max WAND), so a query matching most of the archive costs a few
   * milliseconds instead of scoring every match.
   */
  Result search(FacetedSearcher searcher, Query query, int depth) throws IOException {
    TopDocs top = top(searcher, query, depth, exactCountUpTo);
    return new Result(
        ranked(top, depth), top.totalHits.value(), top.totalHits.relation() == Relation.EQUAL_TO);
  }

  /**
   * The best {@code depth} matches of {@code query}, uncounted: skipping starts at once, which is
   * what a hybrid search needs of its keyword side (it counts the fused candidates instead).
   */
  List<Ranked> rank(FacetedSearcher searcher, Query query, int depth) throws IOException {
    return ranked(top(searcher, query, depth, depth), depth);
  }

  private static TopDocs top(FacetedSearcher searcher, Query query, int depth, int countUpTo)
      throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(Math.max(depth, 1), countUpTo));
  }

  /**
   * The hits as documents: no stored field is read for them here (a hybrid search ranks a hundred,
   * and each read decompresses a block of abstracts); the page loads its own.
   */
  private static List<Ranked> ranked(TopDocs top, int depth) {
    List<Ranked> ranked = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length && i < depth; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      ranked.add(new Ranked(sd.doc, i + 1, sd.score));
    }
    return ranked;
  }

  /** {@code total} is every match when {@code exact}, else a lower bound. */
  record Result(List<Ranked> hits, long total, boolean exact) {}
}
