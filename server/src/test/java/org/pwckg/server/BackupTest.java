package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.GraphState;
import org.pwckg.ontology.store.backup.BackupArchive;
import org.pwckg.ontology.store.backup.BackupManifest;
import org.pwckg.ontology.store.backup.BackupWriter;

/** {@code GET /admin/backup}: a consistent backup of the database the server holds. */
@Timeout(300)
class BackupTest {
  static final String UPDATE = "update-token";
  static final String ADMIN = "admin-token";
  static final Node COPY = NodeFactory.createURI("urn:test:copy");
  @TempDir static Path dir;

  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(TestDatabase::fresh, c -> c.withUpdateToken(UPDATE).withAdminToken(ADMIN));

  @Test
  void a_backup_needs_the_admin_token() {
    HttpResponse<String> r =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/admin/backup")))
                .header("Authorization", "Bearer " + UPDATE)
                .build());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("admin bearer token");
  }

  @Test
  void a_backup_taken_while_updates_run_holds_the_graph_before_or_after_each_never_between()
      throws Exception {
    long titles = count("SELECT (COUNT(*) AS ?n) WHERE { ?p <http://purl.org/dc/terms/title> ?t }");
    assertThat(titles).isGreaterThan(100);
    AtomicBoolean stop = new AtomicBoolean();
    // Each update adds or removes a copy of every title, in one transaction.
    CompletableFuture<Integer> updates =
        CompletableFuture.supplyAsync(
            () -> {
              int n = 0;
              while (!stop.get()) {
                update(
                    "INSERT { ?p <urn:test:copy> ?t } WHERE { ?p <http://purl.org/dc/terms/title> ?t }");
                update("DELETE WHERE { ?p <urn:test:copy> ?t }");
                n++;
              }
              return n;
            });
    List<Long> copies = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Path file = dir.resolve("live-" + i + ".zip");
        assertThat(download(file)).isEqualTo(200);
        try (BackupArchive archive = BackupArchive.open(file).verify()) {
          DatasetGraph graph = graphOf(archive);
          BackupManifest m = archive.manifest();
          assertThat(GraphState.read(graph)).isEqualTo(m.graphState());
          long copied = graph.stream(Node.ANY, Node.ANY, COPY, Node.ANY).count();
          assertThat(copied).isIn(0L, titles);
          assertThat(graph.stream().count()).isEqualTo(m.quads());
          copies.add(copied);
        }
      }
    } finally {
      stop.set(true);
    }
    assertThat(updates.get()).isPositive();
    assertThat(copies).hasSize(2);
  }

  private static DatasetGraph graphOf(BackupArchive archive) throws IOException {
    DatasetGraph graph = DatasetGraphFactory.create();
    try (InputStream in = new GZIPInputStream(archive.open(BackupWriter.GRAPH))) {
      RDFParser.source(in).lang(Lang.NQUADS).parse(graph);
    }
    assertThat(graph.stream(Node.ANY, Node.ANY, Vocab.GRAPH_STATE, Node.ANY).count()).isOne();
    return graph;
  }

  private static int download(Path file) throws IOException, InterruptedException {
    try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
      HttpResponse<Path> r =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url("/admin/backup")))
                  .header("Authorization", "Bearer " + ADMIN)
                  .build(),
              HttpResponse.BodyHandlers.ofFile(file));
      return r.statusCode();
    }
  }

  private static void update(String text) {
    HttpResponse<String> r =
        server.post(
            "/sparql", "application/sparql-update", text, "Authorization", "Bearer " + UPDATE);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
  }

  private static long count(String q) {
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(q), "text/csv");
    return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
  }
}
