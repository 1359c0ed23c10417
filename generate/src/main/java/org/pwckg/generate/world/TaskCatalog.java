package org.pwckg.generate.world;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.sample.AliasTable;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;
import org.pwckg.generate.sample.TextModel;

/**
 * The task names: real leaderboard task names, then names recombined from their words. Popularity
 * is skewed like leaderboard sizes (a task's weight is a draw from the rows-per-table counts).
 */
public final class TaskCatalog {
  private static final String URL = "https://paperswithcode.com/task/";
  private final List<String> names;
  private final List<String> urls;
  private final AliasTable popularity;

  TaskCatalog(Profile profile, long seed, int n) {
    SplittableRandom r = Seeds.random(seed, Seeds.Stream.TASK_CATALOG, 0);
    TextModel model = TextModel.of(profile.taskNameText());
    List<String> real = UniqueNames.shuffled(realNames(model, r), r);
    this.names = UniqueNames.draw(n, real, r, rr -> invent(model, rr));
    this.urls = UniqueNames.slugs(names).stream().map(s -> URL + s).toList();
    Categorical<Integer> rows = Categorical.of(allRows(profile));
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) weights[i] = 1 + rows.sample(r);
    this.popularity = new AliasTable(weights);
  }

  private static List<String> realNames(TextModel model, SplittableRandom r) {
    // Walks without jumps give the real names and close recombinations of them.
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder sb = new StringBuilder();
      model.appendUntilEnd(sb, r, 8, 0);
      seen.add(sb.toString());
    }
    return List.copyOf(seen);
  }

  private static String invent(TextModel model, SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    model.appendUntilEnd(sb, r, 6, 0.35);
    return sb.toString();
  }

  private static Map<Integer, Integer> allRows(Profile profile) {
    Map<Integer, Integer> rows = new java.util.TreeMap<>();
    profile
        .tables()
        .counts()
        .forEach(
            (k, v) -> {
              if (k.endsWith(".rows"))
                v.forEach((size, count) -> rows.merge(size, count, Integer::sum));
            });
    return rows;
  }

  public String name(int i) {
    return names.get(i);
  }

  public String url(int i) {
    return urls.get(i);
  }

  /** A task index, popular tasks more often. */
  public int sample(SplittableRandom r) {
    return popularity.sample(r);
  }
}
