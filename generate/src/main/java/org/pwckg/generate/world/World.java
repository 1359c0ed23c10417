package org.pwckg.generate.world;

import java.util.function.IntConsumer;
import org.pwckg.generate.profile.Profile;

/**
 * Everything the five files share, so they agree with each other: the papers' identities, the task,
 * method, dataset and metric catalogues, and how text, repositories and links are drawn.
 */
public record World(
    Profile profile,
    Scale scale,
    long seed,
    Texts texts,
    Repos repos,
    PaperIndex papers,
    TaskCatalog tasks,
    MethodCatalog methods,
    DatasetCatalog datasets,
    MetricCatalog metrics,
    LinkFactory links) {

  /** Builds the world; {@code progress} hears how many paper identities are done. */
  public static World build(Profile profile, Scale scale, long seed, IntConsumer progress) {
    Texts texts = new Texts(profile);
    Repos repos = new Repos(profile);
    PaperIndex papers = PaperIndex.build(new PaperDrafts(profile, seed), scale.papers(), progress);
    return new World(
        profile,
        scale,
        seed,
        texts,
        repos,
        papers,
        new TaskCatalog(profile, seed, scale.tasks()),
        new MethodCatalog(profile, seed, scale.methods(), scale.papers(), texts, repos),
        new DatasetCatalog(profile.datasets(), seed, scale.datasets()),
        new MetricCatalog(profile.tables(), seed, scale.metrics()),
        new LinkFactory(profile.links(), repos, seed));
  }
}
