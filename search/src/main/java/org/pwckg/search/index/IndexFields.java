package org.pwckg.search.index;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.FacetsConfig;

/** The fields of a keyword-index document and how they are analysed. */
public final class IndexFields {
  /** The entity IRI: the key every update and delete goes by. */
  public static final String ID = "id";

  /** {@link EntityKind#code()}. */
  public static final String KIND = "kind";

  static final String HASH = "hash";

  /** Title or label; stored with offsets for highlighting. */
  public static final String NAME = "name";

  /** Abstract or description; stored with offsets for highlighting. */
  public static final String TEXT = "text";

  public static final String ALT = "alt";
  public static final String AUTHOR = "author";

  /**
   * Stored links, one {@code kind iri label} value each (tab-separated), to show and explain hits.
   */
  public static final String LINK = "link";

  public static final String YEAR = "year";
  public static final String HAS_CODE = "has_code";

  /** Doc values that order the paper listing: newest first, then by title, then by IRI. */
  public static final String SORT_DATE = "sort_date";

  public static final String SORT_NAME = "sort_name";

  /** The paper's IRI, cut at {@link #SORT_KEY_MAX_BYTES} like every sort key. */
  public static final String SORT_ID = "sort_id";

  /** Longest sort key in bytes: a longer title (or IRI) orders by its start. */
  public static final int SORT_KEY_MAX_BYTES = 1024;

  /** Facet dimensions. Link dimensions hold {@link FacetValue}s (IRI and label). */
  public static final String FACET_TYPE = "type";

  public static final String FACET_TASK = "task";
  public static final String FACET_AREA = "area";
  public static final String FACET_YEAR = "year";
  public static final String FACET_HAS_CODE = "has_code";
  public static final String FACET_CONFERENCE = "conference";

  private static final Map<RefKind, String> LABEL_FIELDS = fieldsByKind("label_");
  private static final Map<RefKind, String> REF_FIELDS = fieldsByKind("ref_");

  private IndexFields() {}

  /** The searchable labels of linked entities of one kind ({@code label_task}…). */
  public static String label(RefKind kind) {
    return LABEL_FIELDS.get(kind);
  }

  /**
   * The IRIs of linked entities of one kind ({@code ref_task}…), exact terms for filters and
   * related papers.
   */
  public static String ref(RefKind kind) {
    return REF_FIELDS.get(kind);
  }

  /** Named once: a rebuild asks for them for every link it indexes. */
  private static Map<RefKind, String> fieldsByKind(String prefix) {
    Map<RefKind, String> names = new EnumMap<>(RefKind.class);
    for (RefKind kind : RefKind.values()) names.put(kind, prefix + kind.code());
    return names;
  }

  /**
   * English stemming for prose and names ("networks" finds "network"); author names are only
   * tokenised, since stemming a surname finds other people.
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(), Map.of(AUTHOR, new StandardAnalyzer()));
  }

  /**
   * Facets are counted, never drilled down into: filters go by the {@link #ref}, {@link #YEAR},
   * {@link #HAS_CODE} and {@link #KIND} fields. So no facet indexes drill-down terms, which were
   * two terms per facet value of every document.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_TASK, true);
    config.setMultiValued(FACET_AREA, true);
    config.setMultiValued(FACET_CONFERENCE, true);
    for (String dim :
        List.of(FACET_TYPE, FACET_TASK, FACET_AREA, FACET_YEAR, FACET_HAS_CODE, FACET_CONFERENCE))
      config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    return config;
  }
}
