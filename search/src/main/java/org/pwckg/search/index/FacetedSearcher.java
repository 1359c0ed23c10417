package org.pwckg.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher with the facet ordinals of its reader. Building the ordinal map costs a pass over the
 * facet values, so it is done once per reader (when the searcher is refreshed), not per query; and
 * in the background, so that opening the index does not wait for it (~0.9 s for the full archive's
 * 610k documents, a third of the server's start): a faceted search that comes sooner waits.
 */
public final class FacetedSearcher extends IndexSearcher {
  /**
   * Searches a query's slices of segments side by side: the calling thread and one pool thread per
   * other core (Lucene's task executor runs slices on the caller too, and the caller takes any
   * slice no pool thread has started). The archive's 17 segments make 4 slices.
   */
  private static final Executor SLICES =
      Executors.newFixedThreadPool(
          Math.max(1, Runtime.getRuntime().availableProcessors() - 1),
          Thread.ofPlatform().name("keyword-slice-", 0).daemon(true).factory());

  private final CompletableFuture<SortedSetDocValuesReaderState> facets;

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader, SLICES);
    this.facets =
        hasFacets(reader, config)
            ? inBackground(reader, config)
            : CompletableFuture.completedFuture(null);
  }

  private static CompletableFuture<SortedSetDocValuesReaderState> inBackground(
      IndexReader reader, FacetsConfig config) {
    CompletableFuture<SortedSetDocValuesReaderState> state = new CompletableFuture<>();
    Thread.ofVirtual()
        .name("facet-state")
        .start(
            () -> {
              try {
                state.complete(new DefaultSortedSetDocValuesReaderState(reader, config));
              } catch (IOException | RuntimeException e) {
                // Also a reader a refresh closed before anyone searched it: no one asks then.
                state.completeExceptionally(e);
              }
            });
    return state;
  }

  /** The facet state (once built), or null for an index without documents. */
  public SortedSetDocValuesReaderState facets() {
    try {
      return facets.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) throw new UncheckedIOException(io);
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /** Receives the whole-index id of a live document. */
  @FunctionalInterface
  public interface DocVisitor {
    void visit(int doc) throws IOException;
  }

  /**
   * Visits the live document of each entity id in {@code sortedIds} (sorted, so seeks move
   * forward), found by a seek in the id terms of each segment rather than by a query: for a page of
   * hits or a few dozen related candidates, a query's rewrite, weight and scorer cost several times
   * the lookups themselves.
   */
  public void forEachDoc(List<BytesRef> sortedIds, DocVisitor visitor) throws IOException {
    for (LeafReaderContext leaf : getIndexReader().leaves())
      seek(leaf, sortedIds, (doc, id) -> visitor.visit(leaf.docBase + doc));
  }

  /**
   * The live document of each of {@code ids} that the index holds, by id. A semantic or hybrid
   * search looks its candidates up once and carries the documents on, to the filter ({@link
   * #matching}), the facets and the page.
   */
  public Map<String, Integer> docsOf(Collection<String> ids) throws IOException {
    List<BytesRef> sorted = ids.stream().map(BytesRef::new).sorted().distinct().toList();
    Map<String, Integer> docs = new HashMap<>();
    for (LeafReaderContext leaf : getIndexReader().leaves())
      seek(leaf, sorted, (doc, id) -> docs.put(id.utf8ToString(), leaf.docBase + doc));
    return docs;
  }

  /**
   * Those of {@code docs} (whole-index ids) that match {@code filter}, each tested against the
   * filter's iterator: nothing is read from stored fields, whose blocks (with the abstracts in
   * them) cost a decompression per document; for the hundred neighbours of a semantic search that
   * was most of its time.
   */
  public Set<Integer> matching(Collection<Integer> docs, Query filter) throws IOException {
    Set<Integer> matching = new HashSet<>();
    if (docs.isEmpty()) return matching;
    Weight weight = createWeight(rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    bySegment(
        docs,
        (leaf, local) -> {
          Scorer scorer = weight.scorer(leaf);
          if (scorer == null) return;
          DocIdSetIterator passing = scorer.iterator();
          for (int d : local) {
            int at = passing.docID() >= d ? passing.docID() : passing.advance(d);
            if (at == d) matching.add(leaf.docBase + d);
          }
        });
    return matching;
  }

  /** Receives one segment and the documents asked for that lie in it: segment-local, ascending. */
  @FunctionalInterface
  public interface SegmentDocs {
    void visit(LeafReaderContext leaf, int[] docs) throws IOException;
  }

  /**
   * Hands {@code docs} (whole-index ids) to {@code visitor} segment by segment, so that iterators
   * over a segment only move forward.
   */
  public void bySegment(Collection<Integer> docs, SegmentDocs visitor) throws IOException {
    int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    List<LeafReaderContext> leaves = getIndexReader().leaves();
    for (int i = 0; i < sorted.length; ) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sorted[i], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      int from = i;
      while (i < sorted.length && sorted[i] < end) i++;
      int[] local = new int[i - from];
      for (int j = from; j < i; j++) local[j - from] = sorted[j] - leaf.docBase;
      visitor.visit(leaf, local);
    }
  }

  /**
   * The live documents that match {@code filter}, by the IRI of their entity. A paper's IRI is read
   * from the doc values that order the paper listing ({@link IndexFields#SORT_ID}), not from stored
   * fields: a filtered semantic search lists up to 20,000 papers this way, and each stored read
   * decompresses a block of abstracts. Other entities, and an IRI as long as the sort key (which
   * may have cut it), are read from their stored documents.
   */
  public Map<String, Integer> docsMatching(Query filter) throws IOException {
    Weight weight = createWeight(rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Map<String, Integer> docs = new HashMap<>();
    Set<String> idField = Set.of(IndexFields.ID);
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      SortedDocValues keys = DocValues.getSorted(leaf.reader(), IndexFields.SORT_ID);
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator passing = scorer.iterator();
      for (int d = passing.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = passing.nextDoc()) {
        if (live != null && !live.get(d)) continue;
        BytesRef key = keys.advanceExact(d) ? keys.lookupOrd(keys.ordValue()) : null;
        String iri =
            key != null && key.length < IndexFields.SORT_KEY_MAX_BYTES
                ? key.utf8ToString()
                : stored.document(d, idField).get(IndexFields.ID);
        docs.put(iri, leaf.docBase + d);
      }
    }
    return docs;
  }

  /** Receives a live document of one segment (its segment-local id) and the id it was found by. */
  @FunctionalInterface
  private interface LeafVisitor {
    void visit(int doc, BytesRef id) throws IOException;
  }

  private static void seek(LeafReaderContext leaf, List<BytesRef> sortedIds, LeafVisitor visitor)
      throws IOException {
    Terms terms = leaf.reader().terms(IndexFields.ID);
    if (terms == null) return;
    TermsEnum te = terms.iterator();
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum postings = null;
    for (BytesRef id : sortedIds) {
      if (!te.seekExact(id)) continue;
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (live == null || live.get(d)) visitor.visit(d, id);
      }
    }
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
