package org.pwckg.generate.world;

import java.util.List;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.DatasetProfile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;

/** Dataset names: the real names in a seeded order, then real names with real variant endings. */
public final class DatasetCatalog {
  private static final String URL = "https://paperswithcode.com/dataset/";
  private final List<String> names;
  private final List<String> urls;
  private final Categorical<String> realNames;
  private final Categorical<String> tails;

  DatasetCatalog(DatasetProfile p, long seed, int n) {
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.DATASET_CATALOG, 0);
    this.realNames = Categorical.uniform(p.names());
    this.tails = Categorical.of(p.variantTails());
    this.names = UniqueNames.draw(n, UniqueNames.shuffled(p.names(), r), r, this::variant);
    this.urls = UniqueNames.slugs(names).stream().map(s -> URL + s).toList();
  }

  /** A real name with a real variant ending ("KITTI" + " 2015"): a name no dataset record has. */
  public String variant(SplittableRandom r) {
    return realNames.sample(r) + tails.sample(r);
  }

  /** A variant of dataset {@code d}'s own name. */
  public String variantOf(int d, SplittableRandom r) {
    return names.get(d) + tails.sample(r);
  }

  public int size() {
    return names.size();
  }

  public String name(int d) {
    return names.get(d);
  }

  public String url(int d) {
    return urls.get(d);
  }
}
