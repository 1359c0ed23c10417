package org.pwckg.embed.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.EmbedJob;
import org.pwckg.embed.job.EmbedJobOptions;
import org.pwckg.embed.job.EmbedJobResult;
import org.pwckg.embed.job.ProgressListener;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.EncoderShape;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.model.Role;
import org.pwckg.embed.model.Tokens;

/**
 * Throughput of the bundled model on the real abstracts of the PWC sample: tokenising, the model
 * alone (abstracts/s and GFLOP/s counted from the encoder's shape), one abstract alone, short
 * queries, and the whole {@link EmbedJob} pipeline into a vector index. Options: {@code --threads N
 * --workers N --batch N --rounds N}. Not a test: run it through {@link EmbedBenchRun}.
 */
public final class EmbedBench {
  private static final OperatingSystemMXBean CPU =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final EmbedderOptions options;
  private final int rounds;

  private EmbedBench(EmbedderOptions options, int rounds) {
    this.options = options;
    this.rounds = rounds;
  }

  public static void main(String[] args) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    int workers = threads;
    int batch = 4;
    int rounds = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--workers" -> workers = Integer.parseInt(args[i + 1]);
        case "--batch" -> batch = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    new EmbedBench(new EmbedderOptions(threads, workers, batch), rounds).run();
  }

  private void run() throws Exception {
    List<EmbedDoc> papers = RealData.papers();
    List<String> texts = papers.stream().map(EmbedDoc::text).toList();
    long start = System.nanoTime();
    try (OnnxEmbedder embedder = OnnxEmbedder.bundled(TestModels.cacheRoot(), options)) {
      System.out.printf(
          "model %s, %s, %d abstracts, %d rounds; load %.2f s%n",
          embedder.modelId(), options, texts.size(), rounds, seconds(start));
      Tokens tokens = tokenizing(embedder, texts);
      modelAlone(embedder, tokens);
      pipeline(embedder, papers);
    }
    // Latency wants every core on one text: the query-time settings.
    try (OnnxEmbedder embedder =
        OnnxEmbedder.bundled(TestModels.cacheRoot(), EmbedderOptions.forQueries())) {
      Tokens tokens = embedder.tokenize(texts, Role.PASSAGE);
      oneAbstract(embedder, texts, tokens);
      queries(embedder, papers);
    }
  }

  private Tokens tokenizing(OnnxEmbedder embedder, List<String> texts) {
    Tokens tokens = embedder.tokenize(texts, Role.PASSAGE);
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) embedder.tokenize(texts, Role.PASSAGE);
    int[] lengths = IntStream.range(0, tokens.size()).map(tokens::length).sorted().toArray();
    System.out.printf(
        "tokens per abstract: mean %.1f, median %d, max %d (truncated at %d)%n",
        tokens.totalTokens() / (double) tokens.size(),
        lengths[lengths.length / 2],
        lengths[lengths.length - 1],
        embedder.config().maxTokens());
    System.out.printf("tokenising: %.0f abstracts/s%n", rounds * texts.size() / seconds(start));
    return tokens;
  }

  /**
   * Wall time and process CPU time: on a shared machine the wall rate drops with other people's
   * load, while the rate per CPU-second (× cores) shows what the cores do when they are ours.
   */
  private void modelAlone(OnnxEmbedder embedder, Tokens tokens) {
    EncoderShape shape = embedder.config().encoder();
    double flops =
        IntStream.range(0, tokens.size()).mapToDouble(i -> shape.flops(tokens.length(i))).sum();
    embedder.embed(tokens); // warm-up: ONNX Runtime plans memory per shape on first sight
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      long cpuStart = CPU.getProcessCpuTime();
      embedder.embed(tokens);
      wall[r] = seconds(start);
      cpu[r] = (CPU.getProcessCpuTime() - cpuStart) / 1e9;
    }
    double w = median(wall);
    double c = median(cpu);
    System.out.printf(
        "model alone, wall: %.1f abstracts/s (%.1f ms each), %.0f tokens/s, %.1f GFLOP/s"
            + " [median of %d; load average %.1f]%n",
        tokens.size() / w,
        1000 * w / tokens.size(),
        tokens.totalTokens() / w,
        flops / w / 1e9,
        rounds,
        CPU.getSystemLoadAverage());
    System.out.printf(
        "model alone, per CPU-second: %.1f abstracts, %.1f GFLOP; × %d cores = %.1f abstracts/s,"
            + " %.0f GFLOP/s; %.2f GFLOP per abstract%n",
        tokens.size() / c,
        flops / c / 1e9,
        options.threads(),
        options.threads() * tokens.size() / c,
        options.threads() * flops / c / 1e9,
        flops / tokens.size() / 1e9);
  }

  private void oneAbstract(OnnxEmbedder embedder, List<String> texts, Tokens tokens) {
    int pick =
        IntStream.range(0, tokens.size())
            .boxed()
            .min(Comparator.comparingInt(i -> Math.abs(tokens.length(i) - 171)))
            .orElseThrow();
    List<String> one = List.of(texts.get(pick));
    double[] times = new double[5 * rounds];
    for (int r = 0; r < times.length; r++) {
      long start = System.nanoTime();
      embedder.embed(one, Role.PASSAGE);
      times[r] = seconds(start);
    }
    System.out.printf(
        "one abstract of %d tokens alone (%d threads on it): %.1f ms (median of %d)%n",
        tokens.length(pick),
        Runtime.getRuntime().availableProcessors(),
        1000 * median(times),
        times.length);
  }

  private void queries(OnnxEmbedder embedder, List<EmbedDoc> papers) {
    List<String> titles =
        papers.stream().map(d -> d.text().lines().findFirst().orElse("")).limit(50).toList();
    double[] times = new double[titles.size()];
    for (int i = 0; i < titles.size(); i++) {
      long start = System.nanoTime();
      embedder.embedQuery(titles.get(i));
      times[i] = seconds(start);
    }
    System.out.printf(
        "short query (a title): %.1f ms (median of %d)%n", 1000 * median(times), times.length);
  }

  private void pipeline(OnnxEmbedder embedder, List<EmbedDoc> papers) throws Exception {
    List<EmbedDoc> docs = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (EmbedDoc d : papers) docs.add(new EmbedDoc(d.id() + "#" + r, d.text()));
    }
    Path dir = Files.createTempDirectory("embed-bench");
    try (VectorIndex index =
        VectorIndex.open(dir, new IndexTag(embedder.modelId(), embedder.dimension()), false)) {
      long cpuStart = CPU.getProcessCpuTime();
      EmbedJobResult result =
          new EmbedJob(embedder, index, new EmbedJobOptions(256, 8), ProgressListener.NONE)
              .run(docs.iterator(), docs.size());
      double cpu = (CPU.getProcessCpuTime() - cpuStart) / 1e9;
      System.out.printf(
          "pipeline (tokenise ∥ model → vector index, commits): %.1f abstracts/s wall over %d"
              + " [load average %.1f]; per CPU-second %.1f, × %d cores = %.1f abstracts/s%n",
          result.docsPerSecond(),
          result.embedded(),
          CPU.getSystemLoadAverage(),
          result.embedded() / cpu,
          options.threads(),
          options.threads() * result.embedded() / cpu);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
