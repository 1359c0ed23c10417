package org.pwckg.generate.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.LinkProfile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;

/**
 * The code links of paper i, from its own random stream: about half the papers have none, the rest
 * one or more, so the archive's 300,161 links over 576,261 papers come out on average.
 */
public final class LinkFactory {
  private static final List<Link> NONE = List.of();
  private final LinkProfile p;
  private final Repos repos;
  private final long seed;
  private final Categorical<Integer> perPaper;
  private final Categorical<String> frameworks;
  private final double linkedRate;

  LinkFactory(LinkProfile p, Repos repos, long seed) {
    this.p = p;
    this.repos = repos;
    this.seed = seed;
    this.perPaper = Categorical.of(p.linksPerPaper());
    this.frameworks = Categorical.of(p.frameworks());
    this.linkedRate = Math.min(1, Scale.linksPerPaper() / Categorical.mean(p.linksPerPaper()));
  }

  public List<Link> links(int paper) {
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.LINKS, paper);
    if (r.nextDouble() >= linkedRate) return NONE;
    int k = perPaper.sample(r);
    List<Link> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(
          new Link(
              repos.url(r),
              r.nextDouble() < p.officialRate(),
              frameworks.sample(r),
              present(r, "paper_url_abs"),
              present(r, "paper_url_pdf"),
              present(r, "mentioned_in_paper") ? r.nextBoolean() : null,
              present(r, "mentioned_in_github") ? r.nextBoolean() : null));
    }
    return out;
  }

  private boolean present(SplittableRandom r, String field) {
    Map<String, Double> rates = p.nullRates();
    return r.nextDouble() >= rates.getOrDefault(field, 0.0);
  }
}
