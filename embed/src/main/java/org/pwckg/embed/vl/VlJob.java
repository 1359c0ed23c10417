package org.pwckg.embed.vl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pwckg.embed.index.VectorIndex;

/**
 * Embeds papers and figures into one DeepSeek-VL space: exports the rows whose vectors are missing
 * or stale, runs the Python worker, checks what it wrote and imports it into a vector index tagged
 * with the model. Resumable: the same rows give the same export, and the worker keeps the chunks it
 * finished for that export; the import commits once, at the end, so it is all or nothing.
 *
 * <p>The GPU machine may have no Java: {@link Stage#EXPORT} writes the work folder (rows and
 * worker) and the command to run there; {@link Stage#IMPORT} checks and imports what came back.
 */
public final class VlJob {
  public enum Stage {
    ALL,
    EXPORT,
    IMPORT
  }

  /** {@code script} null: the worker bundled in this jar, written into the work folder. */
  public record Options(
      VlModel model,
      Path modelDir,
      Path workDir,
      String python,
      Path script,
      Duration timeout,
      List<String> workerArgs,
      Stage stage) {
    public Options {
      workerArgs = List.copyOf(workerArgs);
    }
  }

  /** Rows seen, rows already current, rows exported, vectors imported, and the worker command. */
  public record Result(
      int rows, int current, int exported, int imported, List<String> workerCommand) {}

  public static final String VECTORS = "vectors";

  private final Options options;
  private final VectorIndex index;
  private final Consumer<String> log;

  public VlJob(Options options, VectorIndex index, Consumer<String> log) {
    if (!options.model().modelId().equals(index.tag().modelId())) {
      throw new IllegalArgumentException(
          "The index is for " + index.tag() + ", not " + options.model().modelId());
    }
    this.options = options;
    this.index = index;
    this.log = log;
  }

  public Result run(List<VlRow> rows) {
    List<VlRow> unique = unique(rows);
    List<VlRow> todo = unique.stream().filter(r -> !index.contains(r.id(), r.hash())).toList();
    if (todo.isEmpty()) return new Result(unique.size(), unique.size(), 0, 0, List.of());
    VlExport.Exported export = VlExport.write(options.workDir(), todo);
    List<String> command = workerCommand(export);
    int imported = 0;
    if (options.stage() == Stage.ALL) new VlWorker(command, options.timeout(), log).run();
    if (options.stage() != Stage.EXPORT) imported = importVectors(export, todo);
    return new Result(unique.size(), unique.size() - todo.size(), todo.size(), imported, command);
  }

  /** One row per id (the first), sorted by id: the same graph gives the same export. */
  static List<VlRow> unique(List<VlRow> rows) {
    Map<String, VlRow> byId = new LinkedHashMap<>();
    for (VlRow r : rows) byId.putIfAbsent(r.id(), r);
    List<VlRow> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparing(VlRow::id));
    return sorted;
  }

  private List<String> workerCommand(VlExport.Exported export) {
    Path script =
        options.script() != null
            ? options.script()
            : WorkerScript.extract(options.workDir().resolve("worker"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input",
                export.file().toString(),
                "--out",
                options.workDir().resolve(VECTORS).toString(),
                "--model-dir",
                options.modelDir().toString(),
                "--model",
                options.model().size(),
                "--restart"));
    args.addAll(options.workerArgs());
    return VlWorker.command(options.python(), script, args);
  }

  private int importVectors(VlExport.Exported export, List<VlRow> todo) {
    Path vectors = options.workDir().resolve(VECTORS);
    VlRun run = VlRun.read(vectors);
    run.requireFor(options.model(), export);
    Map<String, String> hashes = new HashMap<>();
    for (VlRow r : todo) hashes.put(r.id(), r.hash());
    int[] count = {0};
    VlChunks.read(
        vectors,
        run,
        export.ids(),
        (id, v) -> {
          index.upsert(id, v, hashes.get(id));
          count[0]++;
        });
    index.commit();
    log.accept(
        "Imported "
            + count[0]
            + " vectors of "
            + run.modelId()
            + " (torch "
            + run.torch()
            + ", transformers "
            + run.transformers()
            + ")");
    return count[0];
  }
}
