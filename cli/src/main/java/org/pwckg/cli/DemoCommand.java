package org.pwckg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ingest.IngestResult;
import org.pwckg.ontology.Namespaces;
import org.pwckg.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pwckg demo}: the main job on the embedded default — the bundled sample, ingested, embedded
 * and served.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Ingests the bundled sample (five small dump files in the official formats, inside the jar, with the "
          + "DeepSeek-VL seed paper) into a TDB2 database on local disk, embeds its papers like `pwckg embed` "
          + "(CPU, offline) so related papers and semantic search work, prints what was ingested, and serves it "
          + "like `pwckg serve`.",
      "Re-running is safe: the ingest replaces what the sample describes and gives the same graph; "
          + "unchanged papers are not embedded again."
    },
    footer = ExitCodes.HELP_FOOTER)
final class DemoCommand implements Callable<Integer> {
  static final List<String> SAMPLE_FILES =
      List.of(
          "papers-with-abstracts.json.gz",
          "methods.json.gz",
          "datasets.json.gz",
          "links-between-papers-and-code.json.gz",
          "evaluation-tables.json.gz");

  @Option(
      names = "--db",
      defaultValue = "data/demo",
      paramLabel = "DIR",
      description = "Database folder (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(
      names = "--port",
      defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--no-serve", description = "Ingest and print the statistics, then exit.")
  boolean noServe;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          Path sample = extractSample();
          IngestResult result =
              Ingest.run(
                  new IngestOptions(db, List.of(sample), false, null, Namespaces.DEFAULT_BASE));
          result.files().forEach(f -> System.out.println(f.line()));
          System.out.println(result.summary());
          int embedded = new CommandLine(new EmbedCommand()).execute("--db", db.toString());
          if (embedded != ExitCodes.OK) return embedded;
          new CommandLine(new StatsCommand()).execute("--db", db.toString());
          if (noServe) return ExitCodes.OK;
          return new CommandLine(new ServeCommand())
              .execute("--db", db.toString(), "--port", Integer.toString(port));
        });
  }

  /** The sample's files, copied out of the jar into a fresh temporary folder. */
  static Path extractSample() throws IOException {
    Path dir = Files.createTempDirectory("pwckg-sample");
    dir.toFile().deleteOnExit();
    for (String name : SAMPLE_FILES) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("/org/pwckg/sample/" + name)) {
        if (in == null) throw new IOException("the jar lacks the bundled sample file " + name);
        Path file = dir.resolve(name);
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        file.toFile().deleteOnExit();
      }
    }
    return dir;
  }
}
