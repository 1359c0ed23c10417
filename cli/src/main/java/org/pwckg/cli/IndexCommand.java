package org.pwckg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.index.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Brings the keyword index (<db>/search) in step with the graph: papers, tasks, datasets and methods.",
      "`pwckg ingest` does this after every ingest; run it after changing the graph otherwise (SPARQL Update), "
          + "or with --rebuild to build the index afresh."
    },
    footer = ExitCodes.HELP_FOOTER)
final class IndexCommand implements Callable<Integer> {
  @Mixin DatabaseOption database;

  @Option(names = "--rebuild", description = "Empty the index and index every entity again.")
  boolean rebuild;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          DatasetGraph dsg = TdbDatabase.openForScan(database.path());
          try (KeywordIndex index =
              KeywordIndex.open(DatabaseLayout.keywordIndex(database.path()))) {
            EntityReader reader = new EntityReader();
            SyncResult result = rebuild ? index.rebuild(dsg, reader) : index.sync(dsg, reader);
            System.out.println(result.summary());
          }
          return ExitCodes.OK;
        });
  }
}
