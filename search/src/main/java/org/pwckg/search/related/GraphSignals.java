package org.pwckg.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.IndexedEntity;
import org.pwckg.search.index.Ref;
import org.pwckg.search.index.RefKind;

/**
 * What two papers share in the graph (tasks, datasets, methods, code repository), weighted by how
 * rare each shared entity is among papers. The candidates are found with the same idea in Lucene: a
 * query of the paper's links as exact terms, where BM25's idf ranks the rare ones first.
 */
final class GraphSignals {
  static final List<RefKind> KINDS =
      List.of(RefKind.TASK, RefKind.DATASET, RefKind.METHOD, RefKind.REPOSITORY);

  private final FacetedSearcher searcher;
  private final RelatedWeights weights;
  private final int papers;
  private final Map<String, Double> rarities = new HashMap<>();

  GraphSignals(FacetedSearcher searcher, RelatedWeights weights) throws IOException {
    this.searcher = searcher;
    this.weights = weights;
    this.papers =
        Math.max(
            2,
            searcher.getIndexReader().docFreq(new Term(IndexFields.KIND, EntityKind.PAPER.code())));
  }

  /**
   * Up to {@code n} papers sharing most (by weight and rarity) with {@code source}, best first,
   * read from their hits (a stored document costs a block decompression: read once, not once for
   * its id and again for its links).
   */
  Map<String, IndexedEntity> candidates(IndexedEntity source, int n, PaperDocs docs)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int clauses = 0;
    for (Ref r : source.refs()) {
      if (!KINDS.contains(r.kind())) continue;
      TermQuery shared = new TermQuery(new Term(IndexFields.ref(r.kind()), r.iri()));
      any.add(new BoostQuery(shared, (float) weights.of(r.kind())), Occur.SHOULD);
      clauses++;
    }
    if (clauses == 0) return Map.of();
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(any.build(), Occur.MUST)
            .add(new TermQuery(new Term(IndexFields.KIND, EntityKind.PAPER.code())), Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.ID, source.iri())), Occur.MUST_NOT)
            .build();
    Map<String, IndexedEntity> found = new LinkedHashMap<>();
    for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
      IndexedEntity e = docs.read(sd.doc);
      found.put(e.iri(), e);
    }
    return found;
  }

  /** The entities both papers link to, each a signal weighted by kind and rarity. */
  List<Signal> shared(IndexedEntity a, IndexedEntity b) {
    Set<String> theirs = new HashSet<>();
    b.refs().forEach(r -> theirs.add(r.kind() + " " + r.iri()));
    List<Signal> signals = new ArrayList<>();
    for (Ref r : a.refs()) {
      if (KINDS.contains(r.kind()) && theirs.contains(r.kind() + " " + r.iri())) {
        signals.add(
            new Signal(r.kind().code(), r.iri(), r.label(), weights.of(r.kind()) * rarity(r)));
      }
    }
    return signals;
  }

  /**
   * Kept per source entity: every candidate sharing it asks again, and each ask is a term lookup in
   * every segment.
   */
  private double rarity(Ref r) {
    return rarities.computeIfAbsent(r.kind() + " " + r.iri(), k -> rarityOf(r));
  }

  private double rarityOf(Ref r) {
    try {
      int df =
          Math.max(
              2, searcher.getIndexReader().docFreq(new Term(IndexFields.ref(r.kind()), r.iri())));
      return Math.log1p((double) papers / df) / Math.log1p(papers / 2.0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
