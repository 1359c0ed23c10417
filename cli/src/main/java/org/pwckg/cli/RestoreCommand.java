package org.pwckg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pwckg.ontology.store.backup.BackupManifest;
import org.pwckg.ontology.store.backup.BackupRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Restores a backup ('pwckg backup') into a new database folder: checks every file against the manifest's"
          + " SHA-256 first, loads the graph with TDB2's bulk loader and puts the indexes and figure files back.",
      "--db must be missing or empty; the folder appears only when the restore is complete. The keyword index"
          + " comes back at the graph state of the graph, so 'pwckg serve' does not rebuild it."
    },
    footer = ExitCodes.HELP_FOOTER)
final class RestoreCommand implements Callable<Integer> {
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "BACKUP", description = "The backup file.")
  Path backup;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          BackupManifest m = BackupRestore.restore(backup, database.path());
          System.out.printf(
              "Restored %,d quads (graph state %s, backed up %s) and %,d files into %s%n",
              m.quads(),
              m.graphState().isEmpty() ? "none" : m.graphState(),
              m.created(),
              m.files().size() - 1,
              database.path());
          return ExitCodes.OK;
        });
  }
}
