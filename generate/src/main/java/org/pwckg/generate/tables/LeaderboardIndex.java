package org.pwckg.generate.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.pwckg.generate.world.World;

/**
 * Which tasks each paper and dataset has leaderboards for, and the variant names datasets appear
 * under, read from one dry pass over the task trees, so papers.json and datasets.json can list the
 * tasks the evaluation tables give them.
 */
public final class LeaderboardIndex {
  private static final int[] NONE = new int[0];
  private final long[] paperTasks;
  private final long[] datasetTasks;
  private final Map<Integer, List<String>> variants;

  private LeaderboardIndex(
      long[] paperTasks, long[] datasetTasks, Map<Integer, List<String>> variants) {
    this.paperTasks = paperTasks;
    this.datasetTasks = datasetTasks;
    this.variants = variants;
  }

  public static LeaderboardIndex build(World world, IntConsumer progress) {
    TableFactory factory = new TableFactory(world);
    Pairs papers = new Pairs();
    Pairs datasets = new Pairs();
    Map<Integer, List<String>> variants = new HashMap<>();
    for (int t = 0; t < world.scale().tables(); t++) {
      collect(factory.tree(t), papers, datasets, variants, world);
      progress.accept(t);
    }
    return new LeaderboardIndex(papers.sorted(), datasets.sorted(), variants);
  }

  private static void collect(
      Nodes.Task task,
      Pairs papers,
      Pairs datasets,
      Map<Integer, List<String>> variants,
      World world) {
    for (Nodes.Dataset d : task.datasets()) {
      if (d.dataset() < 0) continue;
      datasets.add(d.dataset(), task.task());
      if (!d.name().equals(world.datasets().name(d.dataset()))) {
        List<String> v = variants.computeIfAbsent(d.dataset(), k -> new ArrayList<>());
        if (!v.contains(d.name())) v.add(d.name());
      }
      rows(d, task.task(), papers);
    }
    for (Nodes.Task s : task.subtasks()) collect(s, papers, datasets, variants, world);
  }

  private static void rows(Nodes.Dataset d, int task, Pairs papers) {
    for (Nodes.Row row : d.rows()) {
      if (row.keys().contains("paper_url") && row.identifiesPaper()) papers.add(row.paper(), task);
    }
    for (Nodes.Dataset s : d.subdatasets()) rows(s, task, papers);
  }

  public int[] tasksOfPaper(int paper) {
    return lookup(paperTasks, paper);
  }

  public int[] tasksOfDataset(int dataset) {
    return lookup(datasetTasks, dataset);
  }

  /** Names other than its own that a dataset has leaderboards under. */
  public List<String> variantsOf(int dataset) {
    return variants.getOrDefault(dataset, List.of());
  }

  private static int[] lookup(long[] pairs, int key) {
    int i = Arrays.binarySearch(pairs, (long) key << 32);
    if (i < 0) i = -i - 1;
    int j = i;
    while (j < pairs.length && (int) (pairs[j] >>> 32) == key) j++;
    if (j == i) return NONE;
    int[] out = new int[j - i];
    for (int k = i; k < j; k++) out[k - i] = (int) pairs[k];
    return out;
  }

  /** (key, task) pairs packed in longs. */
  private static final class Pairs {
    private long[] data = new long[1024];
    private int size;

    void add(int key, int task) {
      if (size == data.length) data = Arrays.copyOf(data, size * 2);
      data[size++] = ((long) key << 32) | task;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(data, size);
      Arrays.sort(out);
      return Arrays.stream(out).distinct().toArray();
    }
  }
}
