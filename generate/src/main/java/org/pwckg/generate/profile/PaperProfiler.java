package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paper statistics. Fields a source did not provide (the README lists them: the ACL 2024 rows have
 * no authors and no date) are measured only over the records whose source provides them.
 */
final class PaperProfiler {
  private static final Pattern ET_AL = Pattern.compile("\\b(\\p{Lu}[\\p{Ll}'\\-]+) et al");
  private static final Pattern PAIR =
      Pattern.compile("\\b(\\p{Lu}[\\p{Ll}'\\-]+) and (\\p{Lu}[\\p{Ll}'\\-]+),? \\(?\\d{4}");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  private PaperProfiler() {}

  static PaperProfile build(RealDumps d) {
    Tally<Integer> abstracts = new Tally<>();
    Tally<Integer> authors = new Tally<>();
    Tally<String> given = new Tally<>();
    Tally<String> family = new Tally<>();
    Tally<Integer> days = new Tally<>();
    Tally<String> hosts = new Tally<>();
    Tally<String> proceedings = new Tally<>();
    Tally<Integer> versions = new Tally<>();
    int noArxiv = 0;
    int withArxiv = 0;
    int pdfSuffix = 0;
    int conferences = 0;
    int latex = 0;
    for (JsonNode p : d.papers()) {
      abstracts.add(Words.count(p.path("abstract").asText("")));
      if (p.path("abstract").asText("").contains("$")) latex++;
      if (!p.path("authors").isEmpty()) {
        authors.add(p.path("authors").size());
        for (JsonNode a : p.path("authors")) name(a.asText(), given, family);
      }
      String date = p.path("date").asText(null);
      if (date != null && date.length() == 10) days.add(Integer.parseInt(date.substring(8)));
      if (p.path("arxiv_id").isNull()) {
        noArxiv++;
        hosts.add(Urls.host(p.path("url_abs").asText()));
      } else {
        withArxiv++;
        if (p.path("url_pdf").asText("").endsWith(".pdf")) pdfSuffix++;
        int v = ArxivIds.version(p.path("url_abs").asText(null));
        if (v > 0) versions.add(v);
      }
      if (!p.path("proceeding").isNull()) {
        proceedings.add(YEAR.matcher(p.path("proceeding").asText()).replaceAll("{year}"));
      }
      if (!p.path("conference").isNull()) conferences++;
    }
    for (JsonNode m : d.methods()) {
      int v = ArxivIds.version(m.path("source_url").asText(null));
      if (v > 0) versions.add(v);
      surnames(m.path("description").asText(""), family);
    }
    for (JsonNode ds : d.datasets()) surnames(ds.path("description").asText(""), family);
    TableWalker.walk(
        d.tables(),
        new TableWalker.Visitor() {
          @Override
          public void row(String fam, String task, JsonNode dataset, JsonNode row) {
            surnames(row.path("paper_title").asText(""), family);
            String date = row.path("paper_date").asText(null);
            if (date != null && date.length() == 10) days.add(Integer.parseInt(date.substring(8)));
          }
        });
    int n = d.papers().size();
    return new PaperProfile(
        n,
        abstracts.byKey(),
        titleWords(d).byKey(),
        authors.byKey(),
        given.byCount(),
        family.byCount(),
        yearMonths(d).byKey(),
        days.byKey(),
        Tally.rate(noArxiv, n),
        oldArchives(d).byCount(),
        versions.byKey(),
        Tally.rate(pdfSuffix, withArxiv),
        hosts.byCount(),
        Tally.rate(proceedings.total(), n),
        proceedings.byCount(),
        Tally.rate(conferences, n),
        tasksPerPaper(d).byKey(),
        Tally.rate(latex, n));
  }

  private static void name(String author, Tally<String> given, Tally<String> family) {
    String[] parts = author.trim().split("\\s+");
    if (parts.length < 2) return;
    family.add(parts[parts.length - 1]);
    given.add(String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1)));
  }

  private static void surnames(String text, Tally<String> family) {
    Matcher m = ET_AL.matcher(text);
    while (m.find()) family.add(m.group(1));
    m = PAIR.matcher(text);
    while (m.find()) {
      family.add(m.group(1));
      family.add(m.group(2));
    }
  }

  private static Tally<Integer> titleWords(RealDumps d) {
    Tally<Integer> t = new Tally<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode p : d.papers())
      if (seen.add(p.path("paper_url").asText())) t.add(Words.count(p.path("title").asText()));
    for (JsonNode l : d.links())
      if (seen.add(l.path("paper_url").asText()))
        t.add(Words.count(l.path("paper_title").asText()));
    return t;
  }

  /** Submission months of every distinct arXiv id in the dumps, plus the dates of the papers. */
  private static Tally<String> yearMonths(RealDumps d) {
    Tally<String> t = new Tally<>();
    for (String id : arxivIds(d)) {
      String ym = ArxivIds.yearMonth(id);
      if (ym != null) t.add(ym);
    }
    return t;
  }

  private static Tally<String> oldArchives(RealDumps d) {
    Tally<String> t = new Tally<>();
    for (String id : arxivIds(d)) {
      String a = ArxivIds.oldArchive(id);
      if (a != null) t.add(a);
    }
    return t;
  }

  private static Set<String> arxivIds(RealDumps d) {
    Set<String> ids = new HashSet<>();
    for (JsonNode p : d.papers())
      if (!p.path("arxiv_id").isNull()) ids.add(p.path("arxiv_id").asText());
    for (JsonNode l : d.links())
      if (!l.path("paper_arxiv_id").isNull()) ids.add(l.path("paper_arxiv_id").asText());
    for (JsonNode m : d.methods()) {
      String u = m.path("source_url").asText("");
      if (u.contains("arxiv.org/"))
        ids.add(u.substring(u.lastIndexOf("/abs/") + 5).replaceAll("v\\d+$", ""));
    }
    return ids;
  }

  /** Distinct tasks per paper over the leaderboard rows (a paper is its URL, else its title). */
  private static Tally<Integer> tasksPerPaper(RealDumps d) {
    Map<String, Set<String>> tasks = new HashMap<>();
    TableWalker.walk(
        d.tables(),
        new TableWalker.Visitor() {
          @Override
          public void row(String fam, String task, JsonNode dataset, JsonNode row) {
            String key = row.path("paper_url").asText("");
            if (key.isEmpty()) key = row.path("paper_title").asText("");
            if (!key.isEmpty()) tasks.computeIfAbsent(key, k -> new HashSet<>()).add(task);
          }
        });
    Tally<Integer> t = new Tally<>();
    tasks.values().forEach(s -> t.add(s.size()));
    return t;
  }
}
