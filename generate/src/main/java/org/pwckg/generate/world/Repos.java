package org.pwckg.generate.world;

import java.util.SplittableRandom;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.sample.Categorical;

/** GitHub repository URLs from the real owners and repository names, recombined. */
public final class Repos {
  private final Categorical<String> owners;
  private final Categorical<String> names;

  Repos(Profile profile) {
    this.owners = Categorical.uniform(profile.links().owners());
    this.names = Categorical.uniform(profile.links().repoNames());
  }

  public String url(SplittableRandom r) {
    return "https://github.com/" + owners.sample(r) + "/" + names.sample(r);
  }
}
