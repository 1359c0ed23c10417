package org.pwckg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pwckg.ontology.Namespaces;
import org.pwckg.server.PwckgServer;
import org.pwckg.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code pwckg serve}: the SPARQL endpoint, linked data and the JSON API over a TDB2 database. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Serves a database: SPARQL 1.1 endpoint at /sparql (query editor in a browser), linked data for every "
          + "entity IRI, the JSON API at /api/v1 (docs at /api/v1/docs), VoID at /void, dumps at /dumps/.",
      "Runs until stopped (Ctrl-C)."
    },
    footer = ExitCodes.HELP_FOOTER)
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(
      names = "--port",
      defaultValue = "" + ServerConfig.DEFAULT_PORT,
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description = "Interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(
      names = "--public-url",
      paramLabel = "URL",
      description =
          "Public base URL of the server when it is not the request's origin (proxy, w3id redirect).")
  String publicBase;

  @Option(
      names = "--base-iri",
      paramLabel = "IRI",
      description =
          "Base of the entity IRIs in the database (default: the base the ingest recorded, else ${DEFAULT-VALUE}).")
  String dataBase = Namespaces.DEFAULT_BASE;

  @Option(
      names = "--timeout",
      defaultValue = "" + ServerConfig.DEFAULT_TIMEOUT_SECONDS,
      description = "Seconds a query may run before it is stopped (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--max-rows",
      defaultValue = "" + ServerConfig.DEFAULT_MAX_ROWS,
      description = "Most rows a SPARQL query returns (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Option(
      names = "--max-request-bytes",
      defaultValue = "" + ServerConfig.DEFAULT_MAX_REQUEST_BYTES,
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxRequestBytes;

  @Option(
      names = "--update-token",
      description =
          "Enable SPARQL Update for clients sending this bearer token "
              + "(or set PWCKG_UPDATE_TOKEN, which keeps it out of the process list).")
  String updateToken = System.getenv("PWCKG_UPDATE_TOKEN");

  @Mixin AdminTokenOption adminToken;

  @Option(
      names = "--max-ingest-bytes",
      defaultValue = "" + ServerConfig.DEFAULT_MAX_INGEST_BYTES,
      description =
          "Largest upload of dump files to a live ingest, spooled to <db>/ingest-uploads/"
              + " (default: ${DEFAULT-VALUE}, 8 GiB; --max-request-bytes does not apply to it).")
  long maxIngestBytes;

  @Option(
      names = "--cached-answers",
      defaultValue = "" + ServerConfig.DEFAULT_CACHED_ANSWERS,
      description =
          "API answers (paper pages, leaderboards, "
              + "task pages) kept until the data changes; 0 computes every request afresh (default: ${DEFAULT-VALUE}).")
  long cachedAnswers;

  @Option(
      names = "--allow-load",
      paramLabel = "PREFIX",
      description =
          "An IRI prefix SPARQL Update's LOAD may read from, e.g. file:///srv/rdf/ (repeatable;"
              + " default: none, LOAD is refused).")
  List<String> loadSources = new ArrayList<>();

  @Option(
      names = "--cors-origins",
      split = ",",
      paramLabel = "ORIGIN",
      description =
          "Origins whose pages may send the update token, e.g. https://editor.example.org"
              + " (comma-separated; default: none; every origin may read).")
  List<String> corsOrigins = new ArrayList<>();

  @Option(
      names = "--dumps",
      description = "Folder for the downloadable dumps (default: beside the database).")
  Path dumps;

  @Override
  public Integer call() {
    if (timeoutSeconds <= 0)
      throw new ParameterException(spec.commandLine(), "--timeout must be positive");
    return Failures.run(this::serve);
  }

  private int serve() throws InterruptedException {
    ServerConfig config =
        ServerConfig.of(database.path())
            .withHost(host)
            .withPort(port)
            .withDataBase(dataBase)
            .withPublicBase(publicBase)
            .withQueryTimeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
            .withMaxRows(maxRows)
            .withMaxRequestBytes(maxRequestBytes)
            .withCachedAnswers(cachedAnswers)
            .withLoadSources(loadSources)
            .withCorsOrigins(corsOrigins)
            .withUpdateToken(updateToken == null || updateToken.isBlank() ? null : updateToken)
            .withAdminToken(adminToken.token())
            .withMaxIngestBytes(maxIngestBytes);
    if (dumps != null) config = config.withDumps(dumps);
    long start = System.nanoTime();
    PwckgServer server = PwckgServer.start(config);
    System.out.printf(
        "pwc-kg serving %s at http://%s:%d/ (ready in %d ms)%n",
        database.path(), host, server.port(), (System.nanoTime() - start) / 1_000_000);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCodes.OK;
  }
}
