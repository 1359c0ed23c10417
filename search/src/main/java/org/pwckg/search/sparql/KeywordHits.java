package org.pwckg.search.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.KeywordIndex;

/**
 * Every match of a keyword query, best first, fetched a page at a time from one held view of the
 * index: nothing is capped, and memory does not grow with the number of matches. {@code limit} (or
 * -1 for all) stops early when the query asked for the top k.
 */
final class KeywordHits implements Iterator<Hit>, AutoCloseable {
  static final int PAGE = 1_000;

  private final KeywordIndex.Lease lease;
  private final Query query;
  private final Deque<Hit> buffer = new ArrayDeque<>();
  private long remaining;
  private ScoreDoc after;
  private boolean exhausted;

  KeywordHits(KeywordIndex.Lease lease, Query query, long limit) {
    this.lease = lease;
    this.query = query;
    this.remaining = limit < 0 ? Long.MAX_VALUE : limit;
  }

  @Override
  public boolean hasNext() {
    if (remaining == 0) return false;
    if (buffer.isEmpty() && !exhausted) fill();
    return !buffer.isEmpty();
  }

  @Override
  public Hit next() {
    if (!hasNext()) throw new NoSuchElementException();
    remaining--;
    return buffer.removeFirst();
  }

  private void fill() {
    try {
      int n = (int) Math.min(PAGE, remaining);
      TopDocs page = lease.searcher().searchAfter(after, query, n);
      for (ScoreDoc sd : page.scoreDocs) {
        String iri =
            lease
                .searcher()
                .storedFields()
                .document(sd.doc, Set.of(IndexFields.ID))
                .get(IndexFields.ID);
        buffer.addLast(new Hit(iri, sd.score));
        after = sd;
      }
      exhausted = page.scoreDocs.length < n;
      if (exhausted) close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    lease.close();
  }
}
