package org.pwckg.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.taxonomy.FacetLabel;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/** Turns an {@link EntityDoc} into the Lucene document that stands for it. */
final class DocumentBuilder {
  /** Offsets in the postings let the highlighter skip re-analysing stored text. */
  private static final FieldType HIGHLIGHTED = highlighted();

  /**
   * Whether {@code e} can have a document: its IRI is its id term, and Lucene refuses terms over
   * 32,766 bytes. The ingest caps names and URLs far below that; this guards what a SPARQL Update
   * may write, so that a sync, and a server start, never fails on one entity.
   */
  static boolean indexable(EntityDoc e) {
    return fitsTerm(e.iri());
  }

  /**
   * A UTF-16 unit is at most three bytes of UTF-8, so almost every value passes on its length alone
   * and is not measured (measuring every link's IRI was 1.5 % of a rebuild's indexing thread).
   */
  private static boolean fitsTerm(String value) {
    return value.length() <= IndexWriter.MAX_TERM_LENGTH / 3
        || UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length())
            <= IndexWriter.MAX_TERM_LENGTH;
  }

  /** A facet path (dimension and value) over 8,191 characters is refused by Lucene. */
  private static boolean fitsFacet(String dim, String value) {
    return dim.length() + 1 + value.length() <= FacetLabel.MAX_CATEGORY_PATH_LENGTH
        && fitsTerm(value);
  }

  private final FacetsConfig facets;

  DocumentBuilder(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The Lucene document of {@code e}, whose {@link EntityDoc#hash()} is {@code hash}. */
  Document build(EntityDoc e, String hash) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, e.iri(), Field.Store.YES));
    doc.add(new StringField(IndexFields.KIND, e.kind().code(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.HASH, hash));
    doc.add(new Field(IndexFields.NAME, e.name(), HIGHLIGHTED));
    doc.add(new Field(IndexFields.TEXT, e.text(), HIGHLIGHTED));
    e.altNames().forEach(alt -> doc.add(new TextField(IndexFields.ALT, alt, Field.Store.YES)));
    doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_TYPE, e.kind().code()));
    addYear(doc, e);
    addLinks(doc, e);
    if (e.kind() == EntityKind.PAPER) addSortKeys(doc, e);
    try {
      return facets.build(doc);
    } catch (IOException e1) {
      throw new UncheckedIOException(e1);
    }
  }

  private static void addYear(Document doc, EntityDoc e) {
    if (e.year() == null) return;
    doc.add(new IntPoint(IndexFields.YEAR, e.year()));
    doc.add(new StoredField(IndexFields.YEAR, e.year()));
    doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR, e.year().toString()));
  }

  private static void addSortKeys(Document doc, EntityDoc e) {
    if (e.date() != null)
      doc.add(new SortedDocValuesField(IndexFields.SORT_DATE, new BytesRef(e.date())));
    doc.add(new SortedDocValuesField(IndexFields.SORT_NAME, sortable(e.name())));
    doc.add(new SortedDocValuesField(IndexFields.SORT_ID, sortable(e.iri())));
  }

  private static BytesRef sortable(String value) {
    BytesRef bytes = new BytesRef(value);
    if (bytes.length > IndexFields.SORT_KEY_MAX_BYTES)
      bytes.length = IndexFields.SORT_KEY_MAX_BYTES;
    return bytes;
  }

  private static void addLinks(Document doc, EntityDoc e) {
    for (Ref r : e.refs()) {
      // A link whose IRI cannot be a term is left out of the document (searching and filtering
      // by it would fail); the graph keeps it.
      if (!fitsTerm(r.iri())) continue;
      String labelField =
          r.kind() == RefKind.AUTHOR ? IndexFields.AUTHOR : IndexFields.label(r.kind());
      doc.add(new TextField(labelField, r.label(), Field.Store.NO));
      doc.add(new StringField(IndexFields.ref(r.kind()), r.iri(), Field.Store.NO));
      doc.add(
          new StoredField(IndexFields.LINK, r.kind().code() + "\t" + r.iri() + "\t" + r.label()));
      String dim = facetDimension(r.kind());
      String facet = new FacetValue(r.iri(), r.label()).encode();
      if (dim != null && fitsFacet(dim, facet))
        doc.add(new SortedSetDocValuesFacetField(dim, facet));
    }
    if (e.kind() == EntityKind.PAPER) {
      String hasCode = Boolean.toString(e.hasCode());
      doc.add(new StringField(IndexFields.HAS_CODE, hasCode, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_HAS_CODE, hasCode));
    }
  }

  private static String facetDimension(RefKind kind) {
    return switch (kind) {
      case TASK -> IndexFields.FACET_TASK;
      case AREA -> IndexFields.FACET_AREA;
      case CONFERENCE -> IndexFields.FACET_CONFERENCE;
      default -> null;
    };
  }

  private static FieldType highlighted() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
