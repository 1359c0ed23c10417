package org.pwckg.generate.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.PaperProfile;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;
import org.pwckg.generate.sample.TextModel;

/** Draws the title, date and identifier shape of paper i from its own random stream. */
final class PaperDrafts {
  private static final double TITLE_JUMP = 0.1;
  private final long seed;
  private final PaperProfile profile;
  private final TextModel titles;
  private final Categorical<Integer> titleWords;
  private final Categorical<Integer> yearMonths;
  private final Categorical<Integer> days;
  private final Categorical<String> archives;
  private final Categorical<Integer> versions;
  private final Categorical<String> hosts;

  PaperDrafts(Profile p, long seed) {
    this.seed = seed;
    this.profile = p.papers();
    this.titles = TextModel.of(p.titleText());
    this.titleWords = Categorical.of(profile.titleWords());
    this.yearMonths = Categorical.of(packMonths(profile.yearMonths()));
    this.days = Categorical.of(profile.dayOfMonth());
    this.archives = Categorical.of(profile.oldArxivArchives());
    this.versions = Categorical.of(profile.arxivVersions());
    this.hosts = Categorical.of(profile.nonArxivHosts());
  }

  TextModel titleModel() {
    return titles;
  }

  PaperDraft draft(int i) {
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.PAPER_CORE, i);
    StringBuilder title = new StringBuilder(96);
    titles.appendWords(title, r, Math.max(1, titleWords.sample(r)), TITLE_JUMP);
    int ym = yearMonths.sample(r);
    int year = ym / 100;
    int month = ym % 100;
    int day = Math.min(days.sample(r), java.time.YearMonth.of(year, month).lengthOfMonth());
    boolean arxiv = r.nextDouble() >= profile.arxivNullRate();
    String archive = archives.sample(r);
    int version = versions.sample(r);
    boolean pdfSuffix = r.nextDouble() < profile.arxivPdfSuffixRate();
    String host = hosts.sample(r);
    int gap = 1 + r.nextInt(3);
    String t = title.toString();
    return new PaperDraft(
        t, PwcSlugs.paper(t), year, month, day, arxiv, archive, version, pdfSuffix, host, gap);
  }

  private static Map<Integer, Integer> packMonths(Map<String, Integer> months) {
    Map<Integer, Integer> packed = new java.util.LinkedHashMap<>();
    List<String> keys = new ArrayList<>(months.keySet());
    for (String k : keys) {
      int year = Integer.parseInt(k.substring(0, 4));
      if (year < 1990) continue;
      packed.merge(year * 100 + Integer.parseInt(k.substring(5, 7)), months.get(k), Integer::sum);
    }
    return packed;
  }
}
