package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.server.PwckgServer;
import org.pwckg.server.ServerConfig;

/**
 * {@code pwckg ingest --server URL}: the dumps go to a running server over the real archive slices,
 * which ingests them into the graph it serves; the command follows it and exits as a local ingest.
 */
class RemoteIngestTest {
  static final Path TESTDATA = Path.of(System.getProperty("pwckg.testdata", "../testdata"));
  static final String SEED_PAPER = "deepseek-vl-towards-real-world-vision";
  static final String TOKEN = "cli-adm1n";
  @TempDir static Path dir;
  static PwckgServer server;
  static Path tokenFile;

  @BeforeAll
  static void serveTheRealSlices() throws IOException {
    Path db = dir.resolve("db");
    assertThat(
            CliTest.run("ingest", "--db", db.toString(), TESTDATA.resolve("pwc").toString()).exit())
        .isEqualTo(ExitCodes.PARTIAL);
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    server =
        PwckgServer.start(
            ServerConfig.of(db).withPort(0).withDumps(dir.resolve("dumps")).withAdminToken(TOKEN));
    tokenFile = Files.writeString(dir.resolve("admin-token"), TOKEN + "\n");
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @Test
  void the_seed_papers_dumps_are_ingested_by_the_running_server_and_served_at_once()
      throws Exception {
    CliTest.Run r =
        CliTest.run(
            "ingest",
            "--server",
            url(""),
            "--admin-token-file",
            tokenFile.toString(),
            TESTDATA.resolve("seed").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("papers-with-abstracts-seed.json.gz: 1 records read, 1 written, 0 skipped")
        .contains("Total: 4 records read, 4 written, 0 skipped, 0 problems");
    assertThat(r.err()).contains("Uploading 3 file(s) to " + url(""));
    assertThat(get("/api/v1/papers/" + SEED_PAPER).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/papers?q=DeepSeek-VL").body()).contains("\"count\":1");
  }

  @Test
  void the_real_slices_sent_again_exit_2_with_their_problems_as_a_local_ingest_does() {
    // Five files, ~1.9 MB together: above the server's 1 MB limit for other requests.
    CliTest.Run r =
        CliTest.run(
            "ingest",
            "--server",
            url(""),
            "--admin-token-file",
            tokenFile.toString(),
            TESTDATA.resolve("pwc").toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.PARTIAL);
    assertThat(r.out())
        .contains("methods.json.gz: ")
        .contains("Problems were reported in ")
        .contains("ingest-report.txt (on the server):")
        .containsPattern("\\n  [a-z-]+\\.json\\.gz record \\d+ field ");
  }

  @Test
  void a_wrong_token_fails_with_the_servers_reason_in_one_line() throws IOException {
    Path wrong = Files.writeString(dir.resolve("wrong-token"), "not-it");
    CliTest.Run r =
        CliTest.run(
            "ingest",
            "--server",
            url(""),
            "--admin-token-file",
            wrong.toString(),
            TESTDATA.resolve("seed").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines())
        .contains(
            "pwckg: The server answered 401: Live ingest needs the server's admin bearer token");
  }

  @Test
  void a_file_that_breaks_off_exits_1_naming_the_file_and_nothing_is_written() throws Exception {
    byte[] whole = Files.readAllBytes(TESTDATA.resolve("pwc/methods.json.gz"));
    Path broken = Files.createDirectories(dir.resolve("broken")).resolve("methods.json.gz");
    Files.write(broken, Arrays.copyOf(whole, whole.length / 2));
    CliTest.Run r =
        CliTest.run(
            "ingest",
            "--server",
            url(""),
            "--admin-token-file",
            tokenFile.toString(),
            broken.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains("pwckg: methods.json.gz record ")
        .contains("(nothing was written)");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void server_and_db_exclude_each_other_and_help_documents_both() {
    assertThat(CliTest.run("ingest", "--db", dir.toString(), "--server", url(""), "x").exit())
        .isEqualTo(ExitCodes.BAD_INPUT);
    CliTest.Run local = CliTest.run("ingest", "--server", url(""), "--report", "r.txt", "x");
    assertThat(local.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(local.err()).contains("--report and --strict-warnings apply to a local ingest");
    String help = CliTest.run("ingest", "--help").out();
    assertThat(help)
        .contains("--server=URL")
        .contains("--admin-token-file=FILE")
        .contains("--db=DIR");
    assertThat(CliTest.run("serve", "--help").out())
        .contains("--admin-token-file=FILE")
        .contains("--max-ingest-bytes");
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(
          HttpRequest.newBuilder(URI.create(url(path))).build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }
}
