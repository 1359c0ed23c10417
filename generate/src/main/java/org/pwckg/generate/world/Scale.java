package org.pwckg.generate.world;

/**
 * Entity counts for a number of papers: the full archive's proportions (ANCHORS.md, final dump of
 * 2025-07-25) scaled to {@code papers}, with small floors so tiny runs still have every kind.
 */
public record Scale(int papers, int methods, int datasets, int tasks, int tables, int metrics) {
  public static final int ARCHIVE_PAPERS = 576_261;
  public static final int ARCHIVE_LINKS = 300_161;
  public static final int ARCHIVE_DATASETS = 15_008;
  public static final int ARCHIVE_METHODS = 8_725;
  public static final int ARCHIVE_TABLES = 2_254;
  public static final int ARCHIVE_TASKS = 4_451;
  public static final int ARCHIVE_RESULTS = 59_860;
  public static final int ARCHIVE_METRICS = 3_468;

  public Scale {
    if (papers < 1) throw new IllegalArgumentException("papers must be at least 1, not " + papers);
  }

  public static Scale of(int papers) {
    double s = (double) papers / ARCHIVE_PAPERS;
    return new Scale(
        papers,
        scaled(ARCHIVE_METHODS, s, 5),
        scaled(ARCHIVE_DATASETS, s, 5),
        scaled(ARCHIVE_TASKS, s, 5),
        scaled(ARCHIVE_TABLES, s, 1),
        scaled(ARCHIVE_METRICS, s, 5));
  }

  /** Expected code links per paper (several for some papers, none for about half). */
  public static double linksPerPaper() {
    return (double) ARCHIVE_LINKS / ARCHIVE_PAPERS;
  }

  private static int scaled(int archive, double s, int floor) {
    return Math.max(floor, (int) Math.round(archive * s));
  }
}
