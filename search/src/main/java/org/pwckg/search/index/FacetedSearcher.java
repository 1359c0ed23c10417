package org.pwckg.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
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
  private final CompletableFuture<SortedSetDocValuesReaderState> facets;

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
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
   * Those of {@code ids} whose live document matches {@code filter}. Each id is found by a seek and
   * tested against the filter's iterator; nothing is read from stored fields, whose blocks (with
   * the abstracts in them) cost a decompression per document: for the hundred neighbours of a
   * semantic search that was most of its time.
   */
  public Set<String> matching(Collection<String> ids, Query filter) throws IOException {
    List<BytesRef> sorted = ids.stream().map(BytesRef::new).sorted().distinct().toList();
    Weight weight = createWeight(rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Set<String> matching = new HashSet<>();
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      TreeMap<Integer, String> found = new TreeMap<>();
      seek(leaf, sorted, (doc, id) -> found.put(doc, id.utf8ToString()));
      Scorer scorer = found.isEmpty() ? null : weight.scorer(leaf);
      if (scorer == null) continue;
      DocIdSetIterator passing = scorer.iterator();
      for (Map.Entry<Integer, String> e : found.entrySet()) {
        int d = passing.docID() >= e.getKey() ? passing.docID() : passing.advance(e.getKey());
        if (d == e.getKey()) matching.add(e.getValue());
        if (d == DocIdSetIterator.NO_MORE_DOCS) break;
      }
    }
    return matching;
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

  /** The live document of the entity {@code iri}, or -1 when the index does not hold it. */
  public int docOf(String iri) throws IOException {
    int[] found = {-1};
    forEachDoc(List.of(new BytesRef(iri)), d -> found[0] = d);
    return found[0];
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
