package org.pwckg.search.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
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

  Optional<IndexedEntity> load(String iri) {
    Query query = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexFields.ID, iri)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.KIND, EntityKind.PAPER.code())), Occur.FILTER)
        .build();
    try {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) return Optional.empty();
      return Optional.of(IndexedEntity.of(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
