package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database that a running {@code pwckg serve} holds (TDB2 admits one process), met by the other
 * commands: one line naming the process and what to do, never a stack trace.
 */
class LockedDatabaseTest {
  static final Path REAL = Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  @TempDir static Path dir;
  static Path db;
  static Process server;

  @BeforeAll
  static void ingestAndServeInAnotherProcess() throws IOException, InterruptedException {
    db = dir.resolve("db");
    // The real slices have a few bad values, left out: a partial ingest (exit 2).
    assertThat(CliTest.run("ingest", "--db", db.toString(), REAL.toString()).exit())
        .isEqualTo(ExitCodes.PARTIAL);
    // This JVM lets go of the database, as a finished 'pwckg ingest' does.
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    Path log = dir.resolve("serve.log");
    server =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dai.djl.offline=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--db",
                db.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    while (!Files.readString(log).contains("pwc-kg serving")) {
      if (!server.isAlive())
        throw new AssertionError("pwckg serve stopped: " + Files.readString(log));
      Thread.sleep(200);
    }
  }

  @AfterAll
  static void stopTheServer() throws InterruptedException {
    if (server == null) return;
    server.destroy();
    if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
  }

  @ParameterizedTest
  @ValueSource(strings = {"query", "stats", "embed", "ingest", "index", "export"})
  void a_command_on_a_database_a_server_holds_says_so_in_one_line(String command) {
    CliTest.Run r = CliTest.run(args(command).toArray(String[]::new));
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "pwckg: the database "
                + db
                + " is in use by process "
                + server.pid()
                + " (a running 'pwckg serve'?): stop it, or send queries to its /sparql endpoint"
                + " (and dumps to ingest with 'pwckg ingest --server URL')");
  }

  private static List<String> args(String command) {
    String d = db.toString();
    return switch (command) {
      case "query" -> List.of("query", "--db", d, "ASK { ?s ?p ?o }");
      case "ingest" -> List.of("ingest", "--db", d, REAL.toString());
      case "export" ->
          List.of("export", "--db", d, "--format", "nt", dir.resolve("out.nt").toString());
      default -> List.of(command, "--db", d);
    };
  }
}
