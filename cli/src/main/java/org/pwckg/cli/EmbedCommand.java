package org.pwckg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.embed.index.IndexModel;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.EmbedJob;
import org.pwckg.embed.job.EmbedJobOptions;
import org.pwckg.embed.job.EmbedJobResult;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.ModelFiles;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.vl.VlJob;
import org.pwckg.embed.vl.VlModel;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.SearchMaintenance;
import org.pwckg.search.vectors.PaperTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pwckg embed}: paper titles and abstracts of a database into its vector index. */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    footer = ExitCodes.HELP_FOOTER,
    description = {
      "Embeds every paper's title and abstract into the vector index <db>/vectors (figure captions into "
          + "<db>/vectors-figure-captions).",
      "The default model is all-MiniLM-L6-v2 in int8 over the first 128 tokens (all-MiniLM-L6-v2@int8-128), "
          + "about 3x faster on a CPU than the earlier default all-MiniLM-L6-v2@fp32 (256 tokens), with "
          + "retrieval quality within 0.01 (BENCHMARKS.md). A database embedded with fp32 goes on with fp32, so its vectors stay comparable; "
          + "--rebuild re-embeds it with the default.",
      "Resumable: papers whose text and model are unchanged are skipped; a killed run keeps its last commit.",
      "--engine deepseek-vl embeds papers AND figures into one DeepSeek-VL space (<db>/vectors-deepseek-vl-SIZE) "
          + "with a Python worker on a GPU (embed/python/README.md); --model-dir names the local weights."
    })
public final class EmbedCommand implements Callable<Integer> {
  @Mixin DatabaseOption database;

  @Option(
      names = "--model-dir",
      description =
          "A model directory (model.onnx, tokenizer.json, pwckg-model.json)"
              + " instead of the bundled all-MiniLM-L6-v2.")
  Path modelDir;

  @Option(
      names = "--batch",
      defaultValue = "" + EmbedderOptions.DEFAULT_BATCH,
      description =
          "Texts per inference (default: ${DEFAULT-VALUE}); the int8 default model always runs one,"
              + " so that a text's vector never depends on its batch.")
  int batch;

  @Option(names = "--threads", description = "Cores to use (default: all).")
  Integer threads;

  @Option(
      names = "--rebuild",
      description =
          "Empty the index and embed every paper again: with the default model, or --model-dir's"
              + " (needed to switch models).")
  boolean rebuild;

  @Option(
      names = "--engine",
      defaultValue = "minilm",
      description =
          "minilm (CPU, text) or deepseek-vl (GPU, "
              + "papers and figures in one space) (default: ${DEFAULT-VALUE}).")
  String engine;

  @Option(
      names = "--model",
      defaultValue = "1.3b",
      description = "deepseek-vl: 1.3b or 7b (default: ${DEFAULT-VALUE}).")
  String vlModel;

  @Option(
      names = "--python",
      defaultValue = "python3",
      description = "deepseek-vl: the Python that runs the worker.")
  String python;

  @Option(
      names = "--work-dir",
      description =
          "deepseek-vl: export, worker and vectors (default: <db>/deepseek-vl-work-SIZE).")
  Path workDir;

  @Option(
      names = "--stage",
      defaultValue = "all",
      description =
          "deepseek-vl: all, export (rows and the worker "
              + "command for a GPU machine without Java) or import (the vectors it wrote) (default: ${DEFAULT-VALUE}).")
  String stage;

  @Option(
      names = "--timeout-minutes",
      defaultValue = "600",
      description = "deepseek-vl: stop the worker after this long.")
  long timeoutMinutes;

  @Option(
      names = "--worker",
      description = "deepseek-vl: the worker script (default: the one in this jar).")
  Path worker;

  @Option(
      names = "--worker-arg",
      description =
          "deepseek-vl: an extra worker argument (repeatable), e.g. --worker-arg=--compile.")
  List<String> workerArgs = new ArrayList<>();

  @Override
  public Integer call() {
    return Failures.run(this::embed);
  }

  private int embed() {
    if (!Files.isDirectory(database.path())) return fail("No database at " + database.path());
    if (engine.equals("deepseek-vl")) return deepseekVl();
    if (!engine.equals("minilm"))
      return fail("Unknown engine " + engine + " (minilm or deepseek-vl)");
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    EmbedderOptions options = new EmbedderOptions(cores, cores, batch);
    Dataset dataset = DatasetFactory.wrap(TdbDatabase.openExisting(database.path()));
    try (OnnxEmbedder embedder = openEmbedder(options);
        VectorIndex index =
            VectorIndex.open(
                DatabaseLayout.paperVectors(database.path()),
                new IndexTag(embedder.modelId(), embedder.dimension()),
                rebuild)) {
      EmbedJob job =
          new EmbedJob(embedder, index, EmbedJobOptions.defaults(), TerminalProgress.embedding());
      EmbedJobResult result = dataset.calculateRead(() -> run(job, dataset));
      System.out.printf(
          "Embedded %d papers (%d unchanged) with %s in %d s; %d vectors in %s%n",
          result.embedded(),
          result.skipped(),
          embedder.modelId(),
          result.elapsed().toSeconds(),
          index.size(),
          DatabaseLayout.paperVectors(database.path()));
      embedCaptions(embedder, dataset);
    }
    // With the vector index closed (its lock released): refresh related-paper links written by
    // `pwckg relate`.
    DatasetGraph dsg = dataset.asDatasetGraph();
    SearchMaintenance.afterEmbed(
            database.path(),
            dsg,
            SearchMaintenance.recordedIris(dsg),
            RelateCommand.embedder(database.path(), modelDir))
        .forEach(System.out::println);
    return ExitCodes.OK;
  }

  private void embedCaptions(OnnxEmbedder embedder, Dataset dataset) {
    List<EmbedDoc> captions = dataset.calculateRead(() -> captions(dataset));
    if (captions.isEmpty()) return;
    IndexTag tag = new IndexTag(embedder.modelId(), embedder.dimension());
    try (VectorIndex index =
        VectorIndex.open(DatabaseLayout.figureCaptionVectors(database.path()), tag, rebuild)) {
      EmbedJobResult r =
          new EmbedJob(embedder, index, EmbedJobOptions.defaults(), TerminalProgress.embedding())
              .run(captions.iterator(), captions.size());
      System.out.printf(
          "Embedded %d figure captions (%d unchanged); %d vectors in %s%n",
          r.embedded(),
          r.skipped(),
          index.size(),
          DatabaseLayout.figureCaptionVectors(database.path()));
    }
  }

  private static List<EmbedDoc> captions(Dataset dataset) {
    List<EmbedDoc> docs = new ArrayList<>();
    try (QueryExecution q =
        new NamedQueries().get("figures-embed").on(dataset.asDatasetGraph(), Map.of())) {
      ResultSet rows = q.execSelect();
      while (rows.hasNext()) {
        QuerySolution row = rows.next();
        Literal caption = row.getLiteral("caption");
        if (caption != null)
          docs.add(new EmbedDoc(row.getResource("figure").getURI(), caption.getLexicalForm()));
      }
    }
    return docs;
  }

  private int deepseekVl() {
    if (modelDir == null)
      return fail("--engine deepseek-vl needs --model-dir, the folder of the converted weights");
    VlModel model = VlModel.of(vlModel);
    VlEmbed.Settings settings =
        new VlEmbed.Settings(
            model,
            modelDir.toAbsolutePath(),
            workDir != null ? workDir : VlEmbed.defaultWorkDir(database.path(), model),
            python,
            worker,
            Duration.ofMinutes(timeoutMinutes),
            workerArgs,
            VlJob.Stage.valueOf(stage.toUpperCase(Locale.ROOT)),
            rebuild);
    VlJob.Result r =
        VlEmbed.run(
            database.path(),
            DatasetFactory.wrap(TdbDatabase.openExisting(database.path())),
            settings);
    System.out.printf(
        "%d rows (papers and figures), %d current, %d exported, %d vectors imported into %s%n",
        r.rows(),
        r.current(),
        r.exported(),
        r.imported(),
        DatabaseLayout.visionVectors(database.path(), model.size()));
    if (settings.stage() == VlJob.Stage.EXPORT && r.exported() > 0) {
      System.out.println("Run on the GPU machine, then --stage import:");
      System.out.println("  " + String.join(" ", r.workerCommand()));
    }
    return ExitCodes.OK;
  }

  /**
   * --model-dir's model; else the bundled model the paper vectors were made with, so that embedding
   * new papers after an ingest never mixes two vector spaces in one index (saying how to move to
   * the default when that is another); with --rebuild, the default.
   */
  private OnnxEmbedder openEmbedder(EmbedderOptions options) {
    Path cache = BundledModel.defaultCacheRoot();
    if (modelDir != null) return OnnxEmbedder.open(ModelFiles.fromDir(modelDir), cache, options);
    Path vectors = DatabaseLayout.paperVectors(database.path());
    BundledModel model = rebuild ? BundledModel.DEFAULT : IndexModel.bundledFor(vectors);
    if (model != BundledModel.DEFAULT) System.out.println(keepingOlderModel(model, vectors));
    return OnnxEmbedder.bundled(model, cache, options);
  }

  private String keepingOlderModel(BundledModel model, Path vectors) {
    return "The vectors in "
        + vectors
        + " were made with "
        + model.id()
        + ", so new papers are embedded with it too. `pwckg embed --db "
        + database.path()
        + " --rebuild` re-embeds every paper with the default "
        + BundledModel.DEFAULT.id()
        + ", about 3x faster to embed, with retrieval quality within 0.01 (BENCHMARKS.md).";
  }

  /** Reads on this thread: the query's iterator belongs to the read transaction opened here. */
  private static EmbedJobResult run(EmbedJob job, Dataset dataset) {
    DatasetGraph dsg = dataset.asDatasetGraph();
    long papers = PaperTexts.count(dsg);
    return PaperTexts.read(dsg, docs -> job.run(docs, papers));
  }

  /** A usage error: {@link Failures} reports it as one line with the bad-input exit code. */
  private static int fail(String message) {
    throw new IllegalArgumentException(message);
  }
}
