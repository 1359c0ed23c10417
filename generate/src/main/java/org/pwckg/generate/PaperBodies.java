package org.pwckg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.PaperProfile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;
import org.pwckg.generate.tables.LeaderboardIndex;
import org.pwckg.generate.world.PaperCore;
import org.pwckg.generate.world.World;

/** Draws what only papers.json shows of paper i: abstract, authors, venue, tasks, methods. */
final class PaperBodies {
  /**
   * Mean methods a paper lists. The real papers carry almost no method lists (their source lacked
   * them), and the sample methods' num_papers (567,412 uses of 2,275 methods) does not say how the
   * other 6,450 are used; 2 embedded methods of ~1 KB each is what brings a paper record to the
   * archive's ~3.8 KB (2.2 GB of papers JSON over 576,261 papers, ANCHORS.md).
   */
  private static final double METHODS_PER_PAPER = 2.0;

  /**
   * Chance that a preposition in the abstract is followed by one of the paper's tasks or methods.
   */
  private static final double MENTION = 0.1;

  private final World world;
  private final LeaderboardIndex leaderboards;
  private final PaperProfile p;
  private final Categorical<Integer> abstractWords;
  private final Categorical<Integer> authorCount;
  private final Categorical<String> given;
  private final Categorical<String> family;
  private final Categorical<String> proceedings;
  private final Categorical<Integer> taskCount;
  private final double methodsContinue;

  record Body(
      String abstractText,
      List<String> authors,
      String proceeding,
      String conference,
      List<String> tasks,
      List<Integer> methods) {}

  PaperBodies(World world, LeaderboardIndex leaderboards) {
    this.world = world;
    this.leaderboards = leaderboards;
    this.p = world.profile().papers();
    this.abstractWords = Categorical.of(p.abstractWords());
    this.authorCount = Categorical.of(p.authorCount());
    this.given = Categorical.of(p.givenNames());
    this.family = Categorical.of(p.familyNames());
    this.proceedings = Categorical.of(p.proceedings());
    this.taskCount = Categorical.of(p.tasksPerPaper());
    this.methodsContinue = METHODS_PER_PAPER / (1 + METHODS_PER_PAPER);
  }

  Body body(PaperCore core) {
    SplittableRandom r = Seeds.random(world.seed(), Seeds.Stream.PAPER_BODY, core.index());
    List<String> tasks = tasks(core.index(), r);
    List<Integer> methods = methods(r);
    StringBuilder text = new StringBuilder(1400);
    world.texts().append(text, r, abstractWords.sample(r), rr -> mention(rr, tasks, methods));
    List<String> authors = new ArrayList<>();
    for (int k = authorCount.sample(r); k > 0; k--)
      authors.add(given.sample(r) + " " + family.sample(r));
    String proceeding =
        r.nextDouble() < p.proceedingRate()
            ? proceedings.sample(r).replace("{year}", Integer.toString(core.year()))
            : null;
    String conference =
        r.nextDouble() < p.conferenceRate()
            ? core.paperUrl().substring(core.paperUrl().lastIndexOf('/') + 1) + "-1"
            : null;
    return new Body(text.toString(), authors, proceeding, conference, tasks, methods);
  }

  private List<String> tasks(int paper, SplittableRandom r) {
    List<String> tasks = new ArrayList<>();
    for (int t : leaderboards.tasksOfPaper(paper)) tasks.add(world.tasks().name(t));
    for (int k = taskCount.sample(r) - tasks.size(); k > 0; k--) {
      String name = world.tasks().name(world.tasks().sample(r));
      if (!tasks.contains(name)) tasks.add(name);
    }
    return tasks;
  }

  /** A geometric number of methods with the archive's mean, popular methods more often. */
  private List<Integer> methods(SplittableRandom r) {
    List<Integer> methods = new ArrayList<>();
    while (r.nextDouble() < methodsContinue) {
      int m = world.methods().sample(r);
      if (!methods.contains(m)) methods.add(m);
    }
    return methods;
  }

  private String mention(SplittableRandom r, List<String> tasks, List<Integer> methods) {
    if (r.nextDouble() >= MENTION || tasks.size() + methods.size() == 0) return null;
    int k = r.nextInt(tasks.size() + methods.size());
    return k < tasks.size()
        ? tasks.get(k).toLowerCase(java.util.Locale.ROOT)
        : world.methods().get(methods.get(k - tasks.size())).name();
  }
}
