package org.pwckg.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
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
   * The papers among {@code iris} that the index holds, by IRI, each found by its id term ({@link
   * FacetedSearcher#forEachDoc}).
   */
  Map<String, IndexedEntity> loadAll(Collection<String> iris) {
    if (iris.isEmpty()) return Map.of();
    List<BytesRef> ids = iris.stream().distinct().sorted().map(BytesRef::new).toList();
    try {
      Map<String, IndexedEntity> found = new HashMap<>();
      searcher.forEachDoc(
          ids,
          d -> {
            IndexedEntity e = read(d);
            if (e.kind() == EntityKind.PAPER) found.put(e.iri(), e);
          });
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
