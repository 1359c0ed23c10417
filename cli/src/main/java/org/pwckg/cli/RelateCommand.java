package org.pwckg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.embed.index.IndexModel;
import org.pwckg.embed.model.Embedder;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.search.SearchMaintenance;
import org.pwckg.search.SearchStack;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.related.RelateResult;
import org.pwckg.search.related.RelatedPapers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "relate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Writes each paper's top-k related papers into the graph, as pwc:RelatedPaperLink nodes (score, signals, "
          + "shared entities, the model) and pwc:relatedPaper triples in the named graph <base>graph/related, "
          + "replaced in one transaction.",
      "Related = embedding neighbours (after `pwckg embed`) blended with shared tasks, datasets, methods and code. "
          + "Skipped when papers and vectors are unchanged since the last run (--force to redo). Once run, "
          + "`pwckg ingest` and `pwckg embed` refresh the links when papers or vectors change."
    },
    footer = ExitCodes.HELP_FOOTER)
final class RelateCommand implements Callable<Integer> {
  @Mixin DatabaseOption database;

  @Option(
      names = "--k",
      defaultValue = "" + RelatedPapers.DEFAULT_K,
      description = "Related papers per paper, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--force", description = "Recompute even if papers and vectors are unchanged.")
  boolean force;

  @Option(
      names = "--model-dir",
      paramLabel = "DIR",
      description =
          "The model the vectors were made with, when not a bundled all-MiniLM-L6-v2 (as given to `pwckg embed`); "
              + "without it the bundled model whose id the vector index records is used.")
  Path modelDir;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          DatasetGraph dsg = TdbDatabase.openExisting(database.path());
          try (SearchStack stack =
              SearchStack.open(
                  database.path(),
                  SearchMaintenance.recordedIris(dsg),
                  embedder(database.path(), modelDir))) {
            if (stack.keyword().size() == 0) {
              System.out.println(stack.keyword().sync(dsg, new EntityReader()).summary());
            }
            RelateResult result = stack.relateJob().run(dsg, k, force);
            System.out.println(result.summary());
          }
          return ExitCodes.OK;
        });
  }

  /**
   * The query-time embedder of the model the paper vectors of {@code db} were made with ({@code
   * modelDir}'s when given); only loaded when the database has vectors.
   */
  static Supplier<Embedder> embedder(Path db, Path modelDir) {
    return () ->
        IndexModel.embedderFor(
            DatabaseLayout.paperVectors(db), modelDir, EmbedderOptions.forQueries());
  }
}
