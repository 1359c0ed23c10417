package org.pwckg.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.FacetedSearcher;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.IndexedEntity;

/** Paper documents of the keyword index by IRI. */
final class PaperDocs {
  private final FacetedSearcher searcher;

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

  /** The papers among {@code iris} that the index holds, by IRI, read in one query. */
  Map<String, IndexedEntity> loadAll(Collection<String> iris) {
    if (iris.isEmpty()) return Map.of();
    Query query =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(IndexFields.ID, iris.stream().map(BytesRef::new).toList()),
                Occur.FILTER)
            .add(new TermQuery(new Term(IndexFields.KIND, EntityKind.PAPER.code())), Occur.FILTER)
            .build();
    try {
      Map<String, IndexedEntity> found = new HashMap<>();
      for (ScoreDoc sd : searcher.search(query, iris.size()).scoreDocs) {
        IndexedEntity e = IndexedEntity.of(searcher.storedFields().document(sd.doc, FIELDS));
        found.put(e.iri(), e);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<IndexedEntity> load(String iri) {
    return Optional.ofNullable(loadAll(List.of(iri)).get(iri));
  }
}
