package org.pwckg.generate.world;

import java.util.function.IntConsumer;

/**
 * Makes paper identifiers unique: one pass over all drafts in index order gives each repeated slug
 * PWC's "-1", "-2" suffix and numbers arXiv ids within their month. Keeps two ints a paper, so any
 * writer can rebuild any paper's {@link PaperCore} from its index.
 */
public final class PaperIndex {
  private static final String PAPER = "https://paperswithcode.com/paper/";
  private static final int MONTHS = (2100 - 1990) * 12;
  private final PaperDrafts drafts;
  private final int[] slugSuffix;
  private final int[] arxivNumber;

  private PaperIndex(PaperDrafts drafts, int n) {
    this.drafts = drafts;
    this.slugSuffix = new int[n];
    this.arxivNumber = new int[n];
  }

  static PaperIndex build(PaperDrafts drafts, int n, IntConsumer progress) {
    PaperIndex index = new PaperIndex(drafts, n);
    LongHashSet slugs = new LongHashSet(n);
    int[] counters = new int[MONTHS * 2];
    for (int i = 0; i < n; i++) {
      PaperDraft d = drafts.draft(i);
      String candidate = d.slug();
      int k = 0;
      while (!slugs.add(LongHashSet.hash(candidate))) candidate = d.slug() + "-" + ++k;
      index.slugSuffix[i] = k;
      if (d.arxiv()) {
        int counter = d.monthIndex() * 2 + (d.oldStyleArxiv() ? 1 : 0);
        counters[counter] += d.oldStyleArxiv() ? 1 : d.arxivGap();
        index.arxivNumber[i] = counters[counter];
      }
      if ((i & 0xFFFF) == 0) progress.accept(i);
    }
    return index;
  }

  public PaperCore core(int i) {
    PaperDraft d = drafts.draft(i);
    String slug = slugSuffix[i] == 0 ? d.slug() : d.slug() + "-" + slugSuffix[i];
    String date = date(d.year(), d.month(), d.day());
    if (!d.arxiv()) {
      String abs = "https://" + d.host() + "/" + slug;
      return new PaperCore(
          i,
          d.title(),
          PAPER + slug,
          null,
          abs,
          d.pdfSuffix() ? abs + ".pdf" : abs,
          date,
          d.year());
    }
    String id = arxivId(d, arxivNumber[i]);
    String versioned = id + "v" + d.version();
    return new PaperCore(
        i,
        d.title(),
        PAPER + slug,
        id,
        "https://arxiv.org/abs/" + versioned,
        "https://arxiv.org/pdf/" + versioned + (d.pdfSuffix() ? ".pdf" : ""),
        date,
        d.year());
  }

  private static String arxivId(PaperDraft d, int number) {
    String yymm = two(d.year() % 100) + two(d.month());
    if (d.oldStyleArxiv()) return d.oldArchive() + "/" + yymm + pad(number, 3);
    return yymm + "." + pad(number, d.year() >= 2015 ? 5 : 4);
  }

  static String date(int year, int month, int day) {
    return year + "-" + two(month) + "-" + two(day);
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String pad(int v, int width) {
    String s = Integer.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
