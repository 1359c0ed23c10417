package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestOptions;

/**
 * Real records of the archive slices with one value blown up to the size a hostile dump gives (40
 * KB URLs and author names, a 9,000-character task name): the ingest reports each with file, record
 * and field and keeps them out of the graph, and a server starts on the database it left.
 */
class OverlongValuesTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PAPERS = "papers-with-abstracts.json";
  static final String LINKS = "links-between-papers-and-code.json";
  static final String METHODS = "methods.json";
  static final String DATASETS = "datasets.json";
  static final String TABLES = "evaluation-tables.json";

  static Path dir;
  static List<String> report;
  static JsonNode papers;

  @RegisterExtension
  static final LiveServer server = LiveServer.on(OverlongValuesTest::ingest, c -> c);

  static Path ingest() {
    try {
      return ingestOverlongDumps();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path ingestOverlongDumps() throws IOException {
    dir = Files.createTempDirectory("pwckg-overlong");
    Path dumps = Files.createDirectories(dir.resolve("dumps"));
    papers = slice(PAPERS, 3);
    ObjectNode withLongAuthor = (ObjectNode) papers.get(0);
    ((ArrayNode) withLongAuthor.withArray("authors")).add(huge("Hopfield", 40_960));
    ObjectNode withLongUrl = (ObjectNode) papers.get(1);
    withLongUrl.put("paper_url", huge(withLongUrl.get("paper_url").asText(), 40_960));
    ObjectNode withLongTask = (ObjectNode) papers.get(2);
    withLongTask.withArray("tasks").add(huge("Image Classification", 9_000));
    write(dumps, PAPERS, papers);

    JsonNode links = slice(LINKS, 2);
    ((ObjectNode) links.get(0))
        .put("repo_url", huge(links.get(0).get("repo_url").asText(), 40_960));
    write(dumps, LINKS, links);
    JsonNode methods = slice(METHODS, 2);
    ((ObjectNode) methods.get(0)).put("url", huge(methods.get(0).get("url").asText(), 40_960));
    write(dumps, METHODS, methods);
    JsonNode datasets = slice(DATASETS, 2);
    ((ObjectNode) datasets.get(0)).put("url", huge(datasets.get(0).get("url").asText(), 40_960));
    write(dumps, DATASETS, datasets);
    JsonNode tables = slice(TABLES, 2);
    ((ObjectNode) tables.get(0)).put("task", huge(tables.get(0).get("task").asText(), 9_000));
    write(dumps, TABLES, tables);

    Path db = dir.resolve("db");
    Path reportFile = dir.resolve("ingest-report.txt");
    Ingest.run(new IngestOptions(db, List.of(dumps), false, reportFile, null));
    TDBInternal.expel(DatabaseMgr.connectDatasetGraph(db.toString()));
    report = Files.readAllLines(reportFile);
    return db;
  }

  @Test
  void each_overlong_identifier_is_one_report_line_naming_file_record_and_field() {
    assertThat(line(PAPERS, 1, "paper_url")).contains("40,9", "more than the 2,000");
    assertThat(line(LINKS, 0, "repo_url")).contains("more than the 2,000");
    assertThat(line(METHODS, 0, "url")).contains("more than the 2,000");
    assertThat(line(DATASETS, 0, "url")).contains("more than the 2,000");
    assertThat(line(TABLES, 0, "task")).contains("9,0", "more than the 2,000");
    assertThat(report).allSatisfy(l -> assertThat(l.length()).isLessThan(400));
  }

  @Test
  void an_overlong_optional_name_is_left_out_and_its_record_kept() {
    assertThat(line(PAPERS, 0, "authors[")).contains("left out");
    assertThat(line(PAPERS, 2, "tasks[")).contains("left out");
    JsonNode page = server.json("/api/v1/papers/" + id(papers.get(0)), 200);
    assertThat(page.get("authors")).isNotEmpty();
    page.get("authors").forEach(a -> assertThat(a.asText().length()).isLessThan(2_000));
    assertThat(server.json("/api/v1/papers/" + id(papers.get(2)), 200).get("title").asText())
        .isEqualTo(papers.get(2).get("title").asText());
  }

  @Test
  void the_server_starts_on_the_database_and_search_finds_the_kept_records() {
    JsonNode hits =
        server.json(
            "/api/v1/search?q=" + LiveServer.encode(papers.get(0).get("title").asText()), 200);
    assertThat(hits.get("count").asLong()).isPositive();
  }

  private static String line(String file, int record, String field) {
    return report.stream()
        .filter(l -> l.contains(file + " record " + record + " field " + field))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no report line for "
                        + file
                        + " record "
                        + record
                        + " field "
                        + field
                        + " in "
                        + report));
  }

  private static String id(JsonNode paper) {
    String url = paper.get("paper_url").asText();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** {@code seed} repeated to {@code length} characters. */
  private static String huge(String seed, int length) {
    return (seed + "-").repeat(length / (seed.length() + 1) + 1).substring(0, length);
  }

  private static JsonNode slice(String file, int n) throws IOException {
    Path gz = TestDatabase.realData().resolve(file + ".gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      ArrayNode all = (ArrayNode) JSON.readTree(in);
      ArrayNode out = JSON.createArrayNode();
      for (int i = 0; i < n; i++) out.add(all.get(i));
      return out;
    }
  }

  private static void write(Path dumps, String file, JsonNode records) throws IOException {
    JSON.writeValue(dumps.resolve(file).toFile(), records);
  }
}
