package org.pwckg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.ontology.store.backup.BackupArchive;
import org.pwckg.ontology.store.backup.BackupException;
import org.pwckg.ontology.store.backup.BackupManifest;
import org.pwckg.ontology.store.backup.BackupWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Writes a backup of a database to one zip file: the whole graph (every named graph) as N-Quads, the"
          + " keyword and vector indexes, the figure files and the reports, and a manifest (graph state, counts,"
          + " SHA-256 of every file). Restore it with 'pwckg restore'.",
      "--db backs up a database no one serves; a database 'pwckg serve' holds is backed up through that server"
          + " (--server, with its admin token), consistent while updates go on.",
      "OUT appears only when the backup is whole and checked; an existing OUT is never overwritten."
    },
    footer = ExitCodes.HELP_FOOTER)
final class BackupCommand implements Callable<Integer> {
  @ArgGroup(multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--db", paramLabel = "DIR", description = DatabaseOption.DESCRIPTION)
    Path db;

    @Option(
        names = "--server",
        paramLabel = "URL",
        description =
            "A running 'pwckg serve' (e.g. http://127.0.0.1:8080) that holds the database.")
    URI server;
  }

  @Mixin AdminTokenOption adminToken;

  @Parameters(
      paramLabel = "OUT",
      description = "The backup file to write (e.g. pwc-2026-12-05.zip).")
  Path out;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          if (Files.exists(out))
            throw new BackupException(out + " exists: a backup never overwrites a file");
          Path parent = out.toAbsolutePath().getParent();
          Files.createDirectories(parent);
          Path partial = Files.createTempFile(parent, out.getFileName() + ".", ".partial");
          try {
            if (source.db != null) fromDatabase(partial);
            else fromServer(partial);
            BackupManifest m;
            try (BackupArchive archive = BackupArchive.open(partial).verify()) {
              m = archive.manifest();
            }
            Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf(
                "Backed up %,d quads (graph state %s) and %,d files to %s%n",
                m.quads(),
                m.graphState().isEmpty() ? "none" : m.graphState(),
                m.files().size() - 1,
                out);
            return ExitCodes.OK;
          } finally {
            Files.deleteIfExists(partial);
          }
        });
  }

  private void fromDatabase(Path partial) throws IOException {
    DatasetGraph dsg;
    try {
      dsg = TdbDatabase.openExisting(source.db);
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause())
        if (t instanceof DBOpEnvException locked)
          DatabaseInUse.line(
                  locked, "back it up through that server: pwckg backup --server URL OUT")
              .ifPresent(
                  line -> {
                    throw new BackupException(line);
                  });
      throw e;
    }
    try (OutputStream os = Files.newOutputStream(partial)) {
      BackupWriter.write(dsg, source.db, os, BackupWriter.IndexQuiet.NO_WRITER);
    }
  }

  private void fromServer(Path partial) throws IOException, InterruptedException {
    String token = adminToken.required();
    URI url = URI.create(source.server.toString().replaceAll("/+$", "") + "/admin/backup");
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<InputStream> r =
          client.send(
              HttpRequest.newBuilder(url).header("Authorization", "Bearer " + token).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = r.body()) {
        if (r.statusCode() != 200)
          throw new BackupException(
              url
                  + " answered "
                  + r.statusCode()
                  + ": "
                  + new String(body.readNBytes(2_000), StandardCharsets.UTF_8).strip());
        Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (java.net.ConnectException e) {
      throw new BackupException("no server answers at " + url);
    }
  }
}
