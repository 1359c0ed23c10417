package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** An entity as stored in the keyword index: what a search hit shows and related papers compare. */
public record IndexedEntity(
    String iri,
    EntityKind kind,
    String name,
    String text,
    Integer year,
    Boolean hasCode,
    List<Ref> refs) {

  public static IndexedEntity of(Document doc) {
    List<Ref> refs = new ArrayList<>();
    for (IndexableField f : doc.getFields(IndexFields.LINK)) {
      String[] parts = f.stringValue().split("\t", 3);
      refs.add(
          new Ref(
              RefKind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT)), parts[1], parts[2]));
    }
    IndexableField year = doc.getField(IndexFields.YEAR);
    String hasCode = doc.get(IndexFields.HAS_CODE);
    return new IndexedEntity(
        doc.get(IndexFields.ID),
        EntityKind.of(doc.get(IndexFields.KIND)),
        doc.get(IndexFields.NAME),
        doc.get(IndexFields.TEXT),
        year == null ? null : year.numericValue().intValue(),
        hasCode == null ? null : Boolean.valueOf(hasCode),
        refs);
  }

  public List<Ref> refs(RefKind kind) {
    return refs.stream().filter(r -> r.kind() == kind).toList();
  }
}
