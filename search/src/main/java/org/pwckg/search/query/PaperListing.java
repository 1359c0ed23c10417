package org.pwckg.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.pwckg.ontology.Iris;
import org.pwckg.search.InvalidSearchException;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.KeywordIndex;

/**
 * The paper listing of the API ({@code /papers?q=&task=&…}): papers matching every filter and every
 * word of {@code q}, newest first. Read from the keyword index, which holds each paper's links,
 * year and sort keys, so counting and ordering all 576k papers of the archive costs milliseconds
 * where the same SPARQL (FILTER EXISTS per paper, ORDER BY over every date) runs past the query
 * timeout.
 */
public final class PaperListing {
  /**
   * The deepest result a page may reach; beyond it, narrow the filters or use SPARQL or the dumps.
   */
  public static final int MAX_WINDOW = 10_000;

  private static final Sort NEWEST_FIRST = newestFirst();

  /** One page of the listing and the number of papers matching in all. */
  public record Page(long count, List<String> iris) {}

  private final KeywordIndex index;
  private final FilterQuery filters;
  private final SimpleQueryParser parser = allWords();

  public PaperListing(KeywordIndex index, Iris iris) {
    this.index = index;
    this.filters = new FilterQuery(iris);
  }

  /** The papers {@code offset} to {@code offset + size} of the listing, and the total. */
  public Page list(String q, SearchFilters f, long offset, int size) {
    if (offset + size > MAX_WINDOW) {
      throw new InvalidSearchException(
          "The listing pages up to result "
              + MAX_WINDOW
              + "; page "
              + (offset / size + 1)
              + " lies beyond it: narrow the filters, or use /sparql or the dumps for bulk access");
    }
    Query query = query(q, f);
    return index.withSearcher(
        searcher -> {
          long count = searcher.count(query);
          List<String> iris = new ArrayList<>(size);
          if (offset < count) {
            TopFieldDocs top = searcher.search(query, (int) offset + size, NEWEST_FIRST, false);
            Set<String> id = Set.of(IndexFields.ID);
            for (int i = (int) offset; i < top.scoreDocs.length; i++) {
              ScoreDoc sd = top.scoreDocs[i];
              iris.add(searcher.storedFields().document(sd.doc, id).get(IndexFields.ID));
            }
          }
          return new Page(count, iris);
        });
  }

  /** Number of papers matching, without reading any. */
  public long count(String q, SearchFilters f) {
    Query query = query(q, f);
    return index.withSearcher(searcher -> (long) searcher.count(query));
  }

  private Query query(String q, SearchFilters f) {
    return new BooleanQuery.Builder()
        .add(text(q), Occur.MUST)
        .add(filters.of(EntityKind.PAPER, f), Occur.FILTER)
        .build();
  }

  /** A listing narrows: every word must match (in the title, abstract, authors or linked names). */
  private Query text(String q) {
    if (q == null || q.isBlank()) return new MatchAllDocsQuery();
    Query parsed = parser.parse(q);
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  private static SimpleQueryParser allWords() {
    SimpleQueryParser parser =
        new SimpleQueryParser(IndexFields.analyzer(), KeywordSearcher.WEIGHTS);
    parser.setDefaultOperator(Occur.MUST);
    return parser;
  }

  /** Undated papers come last, as unbound dates do under SPARQL's ORDER BY DESC. */
  private static Sort newestFirst() {
    SortField date = new SortField(IndexFields.SORT_DATE, SortField.Type.STRING, true);
    date.setMissingValue(SortField.STRING_FIRST);
    return new Sort(
        date,
        new SortField(IndexFields.SORT_NAME, SortField.Type.STRING),
        new SortField(IndexFields.SORT_ID, SortField.Type.STRING));
  }
}
