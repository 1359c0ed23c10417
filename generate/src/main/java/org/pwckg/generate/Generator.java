package org.pwckg.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.pwckg.generate.profile.DumpNames;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.tables.LeaderboardIndex;
import org.pwckg.generate.tables.TablesWriter;
import org.pwckg.generate.world.Scale;
import org.pwckg.generate.world.World;
import org.pwckg.generate.write.PartedDump;
import org.pwckg.generate.write.RecordSource;

/**
 * Writes the five PWC dump files for a number of papers and a seed. Every entity is drawn from its
 * own seeded stream, so the files are byte-identical for the same options whatever the threads do.
 * Papers and links, the big files, are written in parts on all threads and joined at the end.
 */
public final class Generator {
  private final Profile profile;
  private final GenerateListener listener;

  public Generator(Profile profile, GenerateListener listener) {
    this.profile = profile;
    this.listener = listener;
  }

  public GenerateReport run(GenerateOptions options) throws IOException {
    long start = System.nanoTime();
    Path dir = options.outDir();
    Files.createDirectories(dir);
    Scale scale = Scale.of(options.papers());
    World world =
        timed(
            "paper identities",
            () ->
                World.build(
                    profile, scale, options.seed(), tick("paper identities", scale.papers())));
    LeaderboardIndex boards =
        timed(
            "leaderboard index",
            () -> LeaderboardIndex.build(world, tick("leaderboard index", scale.tables())));
    MethodPapers methodPapers = new MethodPapers(world);
    Progress progress = new Progress(listener);
    List<Callable<Boolean>> jobs = new ArrayList<>();
    jobs.add(
        whole(
            dir,
            DumpNames.TABLES,
            scale.tables(),
            progress,
            (f, p) -> new TablesWriter(world).write(f, p)));
    jobs.add(
        whole(
            dir,
            DumpNames.METHODS,
            scale.methods(),
            progress,
            (f, p) -> new MethodsWriter(world, methodPapers).write(f, p)));
    jobs.add(
        whole(
            dir,
            DumpNames.DATASETS,
            scale.datasets(),
            progress,
            (f, p) -> new DatasetsWriter(world, boards).write(f, p)));
    int parts = PartedDump.parts(scale.papers());
    PapersWriter papers = new PapersWriter(world, boards, methodPapers);
    LinksWriter links = new LinksWriter(world);
    for (int part = 0; part < parts; part++) {
      jobs.add(part(dir, DumpNames.PAPERS, part, scale.papers(), papers, progress));
      jobs.add(part(dir, DumpNames.LINKS, part, scale.papers(), links, progress));
    }
    List<Boolean> done = runAll(jobs, options.threads());
    assemble(dir.resolve(DumpNames.PAPERS), done, 3, 0);
    assemble(dir.resolve(DumpNames.LINKS), done, 3, 1);
    Map<Path, Long> sizes = new LinkedHashMap<>();
    for (String name : DumpNames.ALL) sizes.put(dir.resolve(name), Files.size(dir.resolve(name)));
    return new GenerateReport(scale, sizes, (System.nanoTime() - start) / 1_000_000);
  }

  private void assemble(Path target, List<Boolean> done, int offset, int which) throws IOException {
    boolean[] nonEmpty = new boolean[(done.size() - offset) / 2];
    for (int p = 0; p < nonEmpty.length; p++) nonEmpty[p] = done.get(offset + 2 * p + which);
    long start = System.nanoTime();
    PartedDump.assemble(target, nonEmpty);
    listener.finished("joined " + target.getFileName(), (System.nanoTime() - start) / 1_000_000);
  }

  private Callable<Boolean> whole(
      Path dir, String name, int total, Progress progress, FileWriter writer) {
    IntConsumer tick = progress.file(name, total);
    return () -> {
      long start = System.nanoTime();
      writer.write(dir.resolve(name), done -> tick.accept(1));
      listener.finished(name, (System.nanoTime() - start) / 1_000_000);
      return true;
    };
  }

  private static Callable<Boolean> part(
      Path dir, String name, int part, int items, RecordSource source, Progress progress) {
    IntConsumer tick = progress.file(name, items);
    return () -> PartedDump.writePart(dir.resolve(name), part, items, source, tick);
  }

  private static List<Boolean> runAll(List<Callable<Boolean>> jobs, int threads)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (Callable<Boolean> job : jobs) futures.add(pool.submit(job));
      List<Boolean> results = new ArrayList<>();
      for (Future<Boolean> f : futures) results.add(await(f));
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Boolean await(Future<Boolean> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
  }

  private IntConsumer tick(String part, long total) {
    return done -> listener.progress(part, done, total);
  }

  private <T> T timed(String part, Supplier<T> step) {
    long start = System.nanoTime();
    T result = step.get();
    listener.finished(part, (System.nanoTime() - start) / 1_000_000);
    return result;
  }

  @FunctionalInterface
  private interface FileWriter {
    void write(Path file, IntConsumer progress) throws IOException;
  }
}
