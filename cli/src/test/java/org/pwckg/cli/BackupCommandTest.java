package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.backup.BackupArchive;
import org.pwckg.ontology.store.backup.BackupManifest;
import org.pwckg.ontology.store.backup.BackupWriter;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.server.PwckgServer;
import org.pwckg.server.ServerConfig;

/** {@code pwckg backup} and {@code pwckg restore} on the real archive slices with real figures. */
@Timeout(600)
class BackupCommandTest {
  static final Path REAL = Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  static final String PAPER = "/api/v1/papers/generative-adversarial-networks";
  @TempDir static Path dir;
  static Path db;
  static Path backup;

  @BeforeAll
  static void ingestAndBackUp() {
    db = dir.resolve("db");
    // The real slices have a few bad values, left out: a partial ingest (exit 2).
    assertThat(CliTest.run("ingest", "--db", db.toString(), REAL.toString()).exit())
        .isEqualTo(ExitCodes.PARTIAL);
    // Some figures name papers the slices lack: exit 2, the other figures are written.
    assertThat(
            CliTest.run("figures", "--db", db.toString(), REAL.resolve("figures").toString())
                .exit())
        .isEqualTo(ExitCodes.PARTIAL);
    // figures changes the graph: the keyword index is brought in step, as a server would on start
    assertThat(CliTest.run("index", "--db", db.toString()).exit()).isZero();
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    backup = dir.resolve("pwc.zip");
    CliTest.Run r = CliTest.run("backup", "--db", db.toString(), backup.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Backed up ").contains("quads");
  }

  @Test
  void the_backup_holds_the_graph_the_keyword_index_the_figures_and_a_manifest_of_them()
      throws IOException {
    try (BackupArchive archive = BackupArchive.open(backup).verify()) {
      BackupManifest m = archive.manifest();
      assertThat(m.graphState()).isNotEmpty();
      assertThat(m.quads()).isGreaterThan(m.defaultGraphTriples()).isPositive();
      assertThat(m.graphs()).isPositive();
      assertThat(m.files())
          .extracting(BackupManifest.Entry::path)
          .contains(BackupWriter.GRAPH, "files/ingest-report.txt")
          .anyMatch(p -> p.startsWith("files/search/segments_"))
          .anyMatch(p -> p.startsWith("files/figures/"));
      assertThat(m.files()).allSatisfy(e -> assertThat(e.sha256()).hasSize(64));
    }
  }

  @Test
  void a_restored_database_serves_the_same_answers_and_keeps_its_keyword_index() throws Exception {
    Path restored = dir.resolve("restored");
    CliTest.Run r = CliTest.run("restore", backup.toString(), "--db", restored.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    BackupManifest m;
    try (BackupArchive archive = BackupArchive.open(backup)) {
      m = archive.manifest();
    }
    try (KeywordIndex index = KeywordIndex.open(DatabaseLayout.keywordIndex(restored))) {
      assertThat(index.graphState()).isEqualTo(m.graphState());
      assertThat(index.isBehind(m.graphState())).isFalse();
    }
    assertThat(stats(restored)).isEqualTo(stats(db));
    assertThat(answers(restored)).isEqualTo(answers(db));
    assertThat(sameFiles(DatabaseLayout.figures(db), DatabaseLayout.figures(restored))).isTrue();
  }

  @Test
  void a_backup_through_a_running_server_restores_the_same_graph() throws Exception {
    Path out = dir.resolve("from-server.zip");
    try (PwckgServer server =
        PwckgServer.start(ServerConfig.of(db).withPort(0).withAdminToken("s3cret"))) {
      String url = "http://127.0.0.1:" + server.port();
      Path wrong = Files.writeString(dir.resolve("wrong-token"), "wrong\n");
      Path right = Files.writeString(dir.resolve("admin-token"), "s3cret\n");
      CliTest.Run denied =
          CliTest.run(
              "backup", "--server", url, "--admin-token-file", wrong.toString(), out.toString());
      assertThat(denied.exit()).isEqualTo(ExitCodes.BAD_INPUT);
      // (the server in this JVM logs to the same stderr)
      assertThat(denied.err().lines().filter(l -> l.startsWith("pwckg:")).toList())
          .singleElement()
          .asString()
          .contains("401", "admin bearer token");
      assertThat(out).doesNotExist();
      CliTest.Run r =
          CliTest.run(
              "backup", "--server", url, "--admin-token-file", right.toString(), out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
    }
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    try (BackupArchive a = BackupArchive.open(out).verify();
        BackupArchive b = BackupArchive.open(backup)) {
      assertThat(a.manifest().graphState()).isEqualTo(b.manifest().graphState());
      assertThat(a.manifest().quads()).isEqualTo(b.manifest().quads());
    }
  }

  @Test
  void a_corrupt_byte_makes_restore_refuse_with_one_line_naming_the_file() throws IOException {
    Path corrupt = dir.resolve("corrupt.zip");
    byte[] bytes = Files.readAllBytes(backup);
    byte[] head;
    try (ZipFile zip = new ZipFile(backup.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(BackupWriter.GRAPH))) {
      head = in.readNBytes(4096);
    }
    int at = indexOf(bytes, java.util.Arrays.copyOf(head, 64)) + 2_000;
    bytes[at] ^= 0x5a;
    Files.write(corrupt, bytes);
    Path target = dir.resolve("never");
    CliTest.Run r = CliTest.run("restore", corrupt.toString(), "--db", target.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err().lines().toList())
        .singleElement()
        .asString()
        .contains(BackupWriter.GRAPH, "corrupt");
    assertThat(target).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void restore_refuses_a_folder_that_is_not_empty() throws IOException {
    Path target = Files.createDirectories(dir.resolve("occupied"));
    Files.writeString(target.resolve("notes.txt"), "mine");
    CliTest.Run r = CliTest.run("restore", backup.toString(), "--db", target.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .isEqualTo(
            "pwckg: "
                + target
                + " is not empty: restore into a new folder"
                + " (a restore never mixes with data)"
                + System.lineSeparator());
    assertThat(Files.readString(target.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void a_backup_that_fails_leaves_no_file_behind() throws IOException {
    Path out = dir.resolve("unreachable.zip");
    CliTest.Run r =
        CliTest.run(
            "backup",
            "--server",
            "http://127.0.0.1:9",
            "--admin-token-file",
            Files.writeString(dir.resolve("any-token"), "x").toString(),
            out.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).startsWith("pwckg: no server answers at http://127.0.0.1:9/admin/backup");
    assertThat(out).doesNotExist();
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.endsWith(".partial"));
    }
  }

  @Test
  void a_backup_never_overwrites_a_file() throws IOException {
    Path taken = Files.writeString(dir.resolve("taken.zip"), "keep");
    CliTest.Run r = CliTest.run("backup", "--db", db.toString(), taken.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(Files.readString(taken)).isEqualTo("keep");
  }

  private static String stats(Path database) {
    CliTest.Run r = CliTest.run("stats", "--db", database.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(database.toString()));
    return r.out();
  }

  /** A paper page and a keyword search, from a server over {@code database}. */
  private static String answers(Path database) throws Exception {
    try (PwckgServer server = PwckgServer.start(ServerConfig.of(database).withPort(0));
        HttpClient client = HttpClient.newHttpClient()) {
      String base = "http://127.0.0.1:" + server.port();
      StringBuilder all = new StringBuilder();
      for (String path : new String[] {PAPER, "/api/v1/search?mode=keyword&q=adversarial"}) {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(1))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        all.append(r.body().replace(base, "BASE")).append('\n');
      }
      assertThat(all).contains("\"count\"", "Generative Adversarial");
      return all.toString();
    } finally {
      TDBInternal.expel(DatabaseMgr.connectDatasetGraph(database.toString()));
    }
  }

  private static boolean sameFiles(Path a, Path b) throws IOException {
    try (Stream<Path> files = Files.walk(a)) {
      for (Path f : files.filter(Files::isRegularFile).toList())
        if (Files.mismatch(f, b.resolve(a.relativize(f))) != -1) return false;
    }
    return true;
  }

  private static java.util.List<Path> leftovers() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().contains(".restoring-")).toList();
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
      return i;
    }
    throw new AssertionError("the graph's bytes are not stored as they are");
  }
}
