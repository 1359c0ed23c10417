package org.pwckg.generate.world;

/** A paper's independently drawn parts, before identifiers are made unique across papers. */
record PaperDraft(
    String title,
    String slug,
    int year,
    int month,
    int day,
    boolean arxiv,
    String oldArchive,
    int version,
    boolean pdfSuffix,
    String host,
    int arxivGap) {

  boolean oldStyleArxiv() {
    return year < 2007 || (year == 2007 && month < 4);
  }

  /** Index of the submission month, 0 = January 1990. */
  int monthIndex() {
    return (year - 1990) * 12 + month - 1;
  }
}
