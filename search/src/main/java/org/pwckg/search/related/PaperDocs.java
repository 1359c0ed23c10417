package org.pwckg.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.IndexedEntity;

/** Paper documents of the keyword index by IRI. */
final class PaperDocs {
  private final FacetedSearcher searcher;
  private StoredFields stored;

  PaperDocs(FacetedSearcher searcher) {
    this.searcher = searcher;
  }

  /** What comparing papers needs; the abstract, the bulk of a document, is left unread. */
  private static final Set<String> FIELDS =
      Set.of(
          IndexFields.ID,
          IndexFields.KIND,
          IndexFields.NAME,
          IndexFields.YEAR,
          IndexFields.HAS_CODE,
          IndexFields.LINK);

  /**
   * The papers among {@code iris} that the index holds, by IRI: each looked up by its id term in
   * each segment, not through a query (a paper page loads ~50 candidates, and a query's weight,
   * scorer and cache machinery cost several times the lookups themselves at archive scale).
   */
  Map<String, IndexedEntity> loadAll(Collection<String> iris) {
    if (iris.isEmpty()) return Map.of();
    List<BytesRef> ids = iris.stream().distinct().sorted().map(BytesRef::new).toList();
    try {
      Map<String, IndexedEntity> found = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Terms terms = reader.terms(IndexFields.ID);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        PostingsEnum docs = null;
        for (BytesRef id : ids) {
          if (!te.seekExact(id)) continue;
          docs = te.postings(docs, PostingsEnum.NONE);
          for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
            if (live != null && !live.get(d)) continue;
            IndexedEntity e = IndexedEntity.of(stored.document(d, FIELDS));
            if (e.kind() == EntityKind.PAPER) found.put(e.iri(), e);
          }
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paper document {@code doc} (an id of the searcher's whole index, as in a hit). */
  IndexedEntity read(int doc) throws IOException {
    if (stored == null) stored = searcher.storedFields();
    return IndexedEntity.of(stored.document(doc, FIELDS));
  }

  Optional<IndexedEntity> load(String iri) {
    return Optional.ofNullable(loadAll(List.of(iri)).get(iri));
  }
}
