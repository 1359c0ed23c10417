package org.pwckg.generate.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.MethodProfile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;

/** Draws the body of method m: description, paper, year, snippet, usage, collections. */
final class MethodDrafter {
  private final MethodProfile p;
  private final Texts texts;
  private final Repos repos;
  private final long seed;
  private final Categorical<Integer> words;
  private final Categorical<Integer> years;
  private final Categorical<Integer> numPapers;
  private final Categorical<Integer> collectionCount;
  private final Categorical<Method.Collection> collections;

  MethodDrafter(MethodProfile p, Texts texts, Repos repos, long seed) {
    this.p = p;
    this.texts = texts;
    this.repos = repos;
    this.seed = seed;
    this.words = Categorical.of(p.descriptionWords());
    this.years = Categorical.of(p.introducedYear());
    this.numPapers = Categorical.of(p.numPapers());
    this.collectionCount = Categorical.of(p.collectionsPerMethod());
    this.collections = MethodCatalog.collections(p);
  }

  Method method(int m, String url, String name, String fullName, int papers) {
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.METHOD_BODY, m);
    String full = r.nextDouble() < p.fullNameNullRate() ? null : fullName;
    String description = description(r, name, fullName);
    int paper = r.nextDouble() < p.paperRate() ? r.nextInt(papers) : -1;
    int year = years.sample(r);
    double s = r.nextDouble();
    String snippet =
        s < p.codeSnippetNullRate()
            ? null
            : s < p.codeSnippetNullRate() + p.codeSnippetEmptyRate()
                ? ""
                : repos.url(r) + "/blob/master/" + PwcSlugs.of(name).replace('-', '_') + ".py";
    return new Method(
        url, name, full, description, paper, year, snippet, numPapers.sample(r), collections(r));
  }

  private String description(SplittableRandom r, String name, String fullName) {
    StringBuilder sb = new StringBuilder(700);
    int n = words.sample(r);
    if (n > 4 && r.nextDouble() < p.boldNameRate()) {
      sb.append("The **").append(fullName).append("**");
      if (!name.equals(fullName)) sb.append(", or **").append(name).append("**,");
      sb.append(" is");
      n -= 3;
    }
    texts.append(sb, r, n, null);
    if (r.nextDouble() < p.paragraphRate()) breakParagraph(sb);
    if (r.nextDouble() < p.controlCharRate()) {
      int at = sb.indexOf(" ", r.nextInt(Math.max(1, sb.length())));
      if (at >= 0) sb.insert(at + 1, '\f');
    }
    return sb.toString();
  }

  /** Real descriptions break paragraphs with CR LF pairs. */
  private static void breakParagraph(StringBuilder sb) {
    int at = sb.indexOf(". ", sb.length() / 2);
    if (at >= 0) sb.replace(at + 1, at + 2, "\r\n\r\n");
  }

  private List<Method.Collection> collections(SplittableRandom r) {
    int k = collectionCount.sample(r);
    List<Method.Collection> out = new ArrayList<>(k);
    for (int t = 0; t < k * 3 && out.size() < k; t++) {
      Method.Collection c = collections.sample(r);
      if (!out.contains(c)) out.add(c);
    }
    return out;
  }
}
