package org.pwckg.search.query;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;
import org.pwckg.search.index.EntityKind;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.index.RefKind;

/**
 * The Lucene filter of a request: the entity kind and every {@link SearchFilters} restriction, all
 * required.
 */
public final class FilterQuery {
  private final Iris iris;

  public FilterQuery(Iris iris) {
    this.iris = iris;
  }

  public Query of(EntityKind kind, SearchFilters f) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(term(IndexFields.KIND, kind.code()), Occur.FILTER);
    anyOf(all, RefKind.TASK, f.tasks(), id -> List.of(iri(id, IriKind.TASK)));
    anyOf(all, RefKind.AREA, f.areas(), id -> List.of(iri(id, IriKind.AREA)));
    // A conference filter matches the PWC conference or the proceedings volume of that name.
    anyOf(
        all,
        RefKind.CONFERENCE,
        f.conferences(),
        id -> List.of(iri(id, IriKind.CONFERENCE), iri(id, IriKind.PROCEEDING)));
    anyOf(all, RefKind.METHOD, f.methods(), id -> List.of(iri(id, IriKind.METHOD)));
    anyOf(all, RefKind.DATASET, f.datasets(), id -> List.of(iri(id, IriKind.DATASET)));
    if (f.yearFrom() != null || f.yearTo() != null) {
      int from = f.yearFrom() == null ? Integer.MIN_VALUE : f.yearFrom();
      int to = f.yearTo() == null ? Integer.MAX_VALUE : f.yearTo();
      all.add(IntPoint.newRangeQuery(IndexFields.YEAR, from, to), Occur.FILTER);
    }
    if (f.hasCode() != null)
      all.add(term(IndexFields.HAS_CODE, f.hasCode().toString()), Occur.FILTER);
    return all.build();
  }

  private static void anyOf(
      BooleanQuery.Builder all,
      RefKind kind,
      List<String> ids,
      Function<String, List<String>> iris) {
    if (ids.isEmpty()) return;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String id : ids) {
      for (String iri : iris.apply(id)) any.add(term(IndexFields.ref(kind), iri), Occur.SHOULD);
    }
    all.add(any.build(), Occur.FILTER);
  }

  /** A full IRI is taken as it is; an id is the last part of an IRI under {@code base + prefix}. */
  private String iri(String id, IriKind kind) {
    String value = id.strip();
    return value.startsWith("http://") || value.startsWith("https://")
        ? value
        : iris.node(kind.prefix() + value).getURI();
  }

  private static Query term(String field, String value) {
    return new TermQuery(new Term(field, value));
  }
}
