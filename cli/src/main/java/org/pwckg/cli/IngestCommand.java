package org.pwckg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestException;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ingest.IngestResult;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.search.SearchMaintenance;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Ingests Papers With Code dump files (.json or .json.gz) into the knowledge graph.",
      "A folder means every dump file in it. Files are read in dependency order: papers, methods, datasets, "
          + "links, evaluation tables. An empty database is bulk-loaded; a database that already holds a graph "
          + "is updated (each entity's description is replaced, re-running gives the same graph).",
      "The whole run is one transaction: if it is killed, the database is left as it was.",
      "A bad record is reported (file, record index, field, reason) and skipped; the rest is ingested.",
      "Afterwards the keyword index (<db>/search) is brought in step with the graph, and related-paper links "
          + "written by `pwckg relate` are refreshed if papers changed.",
      "With --server URL instead of --db, the files are uploaded to a running `pwckg serve` started with an "
          + "admin token, which ingests them into the graph it serves (readers keep the old state until the "
          + "commit; its keyword index is in step before the ingest is done); a file that breaks off fails the run there, writing nothing. The server's base IRI and report apply. The same exit codes apply."
    },
    footer = ExitCodes.HELP_FOOTER)
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Where the dumps go: a database folder, or a running server. */
  static final class Target {
    // The shared --db option, as a group: picocli takes no mixin inside a group.
    @ArgGroup(exclusive = false, multiplicity = "1")
    DatabaseOption database;

    @Option(
        names = "--server",
        paramLabel = "URL",
        description =
            "Ingest into the database a running `pwckg serve` holds, e.g. http://127.0.0.1:8080"
                + " (needs its admin token: --admin-token-file or PWCKG_ADMIN_TOKEN).")
    URI server;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Mixin AdminTokenOption adminToken;

  @Option(
      names = "--strict",
      description =
          "Fail the run, writing nothing, at the first record, row or file part that would be"
              + " lost. A bad optional value left out of a kept record (the real dumps have such)"
              + " is reported but does not fail the run, unless --strict-warnings.")
  boolean strict;

  @Option(
      names = "--strict-warnings",
      description = "With --strict: also fail on a bad optional value left out of a kept record.")
  boolean strictWarnings;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Report file (default: <db>/ingest-report.txt).")
  Path report;

  @Mixin BaseIriOption baseIri;

  @Parameters(
      arity = "1..*",
      paramLabel = "DUMPS",
      description = "Dump files or folders of dump files.")
  List<Path> dumps;

  @Override
  public Integer call() {
    if (target.server != null) {
      if (report != null || strictWarnings)
        throw new ParameterException(
            spec.commandLine(),
            "--report and --strict-warnings apply to a local ingest (--db); a server writes its"
                + " own report and takes --strict");
      return Failures.run(this::remote);
    }
    DatabaseOption database = target.database;
    return Failures.run(
        () -> {
          IngestResult result =
              Ingest.run(
                  new IngestOptions(
                      database.path(),
                      dumps,
                      strict,
                      strictWarnings,
                      report,
                      baseIri.iri(),
                      TerminalProgress.files()));
          result.files().forEach(f -> System.out.println(f.line()));
          System.out.println(result.summary());
          // Search follows the committed graph: keyword index, then any materialised related-paper
          // links.
          SearchMaintenance.afterIngest(
                  database.path(),
                  TdbDatabase.openForScan(database.path()),
                  new Iris(baseIri.iri()),
                  RelateCommand.embedder(database.path(), null))
              .forEach(System.out::println);
          if (result.partial()) System.out.println("Problems were reported in " + result.report());
          // A run that wrote nothing at all (every file unreadable) is bad input, not partial.
          if (!result.partial()) return ExitCodes.OK;
          return result.recordsWritten() == 0 ? ExitCodes.BAD_INPUT : ExitCodes.PARTIAL;
        });
  }

  private int remote() throws InterruptedException {
    JsonNode status =
        new RemoteIngest(target.server, adminToken.required(), System.err).run(dumps, strict);
    if (status.get("state").asText().equals("failed"))
      throw new IngestException(status.get("error").asText());
    status.get("files").forEach(f -> System.out.println(f.get("line").asText()));
    System.out.println(status.get("summary").asText());
    long problems = status.get("problems").asLong();
    if (problems == 0) return ExitCodes.OK;
    System.out.println(
        "Problems were reported in " + status.get("report").asText() + " (on the server):");
    status.get("problem_lines").forEach(l -> System.out.println("  " + l.asText()));
    return status.get("records_written").asLong() == 0 ? ExitCodes.BAD_INPUT : ExitCodes.PARTIAL;
  }
}
