package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them, on the bundled sample. */
class CliTest {
  static final Path SAMPLE = Path.of("..", "sample");
  @TempDir static Path dir;
  static Path db;

  /** What one command printed and returned. */
  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void ingestTheSample() {
    db = dir.resolve("db");
    assertThat(run("ingest", "--db", db.toString(), SAMPLE.toString()).exit()).isZero();
  }

  static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int exit = Main.commandLine().execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void stats_as_json_counts_the_sample() throws IOException {
    Run r = run("stats", "--db", db.toString(), "--json");
    JsonNode stats = new ObjectMapper().readTree(r.out());
    assertThat(r.exit()).isZero();
    assertThat(stats.get("triples").asLong()).isPositive();
    assertThat(stats.at("/entities/papers").asLong())
        .isGreaterThanOrEqualTo(sampleSize("papers-with-abstracts"));
    assertThat(stats.at("/entities/methods").asLong()).isEqualTo(sampleSize("methods"));
    assertThat(stats.at("/entities/code links").asLong())
        .isEqualTo(sampleSize("links-between-papers-and-code"));
    assertThat(stats.get("matches").size()).isEqualTo(4);
  }

  @Test
  void stats_as_text_lists_every_kind_of_entity() {
    Run r = run("stats", "--db", db.toString());
    assertThat(r.out())
        .contains(
            "triples",
            "papers",
            "authors",
            "evaluation tables",
            "results",
            "models",
            "Unparseable",
            "MatchedByPwcUrl");
  }

  @Test
  void a_broken_dump_ingests_the_rest_and_exits_2() {
    Run r =
        run(
            "ingest",
            "--db",
            dir.resolve("broken-db").toString(),
            "../ingest/src/test/resources/broken");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("skipped", "Problems were reported in");
  }

  @Test
  void a_dump_that_yields_no_record_at_all_exits_1_not_partial() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("utf16"));
    Path file = folder.resolve("papers-with-abstracts.json");
    Files.writeString(file, "[{\"title\": \"x\"}]", StandardCharsets.UTF_16);
    Run r = run("ingest", "--db", dir.resolve("utf16-db").toString(), file.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.out()).contains("0 written", "Problems were reported in");
  }

  @Test
  void a_missing_dump_file_exits_1_with_one_line() {
    Run r = run("ingest", "--db", dir.resolve("x").toString(), "no-such-file.json.gz");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip().lines())
        .singleElement()
        .asString()
        .startsWith("pwckg: No such file");
  }

  @Test
  void stats_on_a_folder_without_a_database_exits_1() {
    Run r = run("stats", "--db", dir.resolve("nothing-here").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("pwckg: No pwc-kg database");
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_exit_1() {
    assertThat(run("ingest", "--no-such-option").exit()).isEqualTo(1);
    assertThat(run("no-such-command").exit()).isEqualTo(1);
  }

  @Test
  void a_select_query_prints_csv() {
    Run r =
        run(
            "query",
            "--db",
            db.toString(),
            "--format",
            "csv",
            "SELECT ?title WHERE { ?p dcterms:title ?title ; pwc:arxivId \"1706.03762\" }");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("title", "Attention Is All You Need");
  }

  @Test
  void a_select_query_prints_json() throws IOException {
    Run r =
        run(
            "query",
            "--db",
            db.toString(),
            "--format",
            "json",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s a pwc:Result }");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.at("/results/bindings/0/n/value").asInt()).isEqualTo(20);
  }

  @Test
  void a_query_may_declare_the_standard_prefixes_itself() throws IOException {
    Run r =
        run(
            "query",
            "--db",
            db.toString(),
            "--format",
            "json",
            """
        PREFIX pwc: <https://w3id.org/pwckg/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT (COUNT(*) AS ?n) WHERE { ?s a pwc:Result }""");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).at("/results/bindings/0/n/value").asInt())
        .isEqualTo(20);
  }

  @Test
  void a_query_prefix_overrides_a_standard_one_and_the_others_stay() throws IOException {
    Run r =
        run(
            "query",
            "--db",
            db.toString(),
            "--format",
            "json",
            """
        PREFIX pwc: <http://example.org/not-pwc#>
        PREFIX kg: <https://w3id.org/pwckg/ontology#>
        SELECT (COUNT(?other) AS ?none) (COUNT(?result) AS ?n) WHERE {
          { ?other a pwc:Result } UNION { ?result a kg:Result ; rdfs:label ?label }
        }""");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode row = new ObjectMapper().readTree(r.out()).at("/results/bindings/0");
    assertThat(row.at("/none/value").asInt()).isZero();
    assertThat(row.at("/n/value").asInt()).isPositive();
  }

  @Test
  void a_query_is_read_from_a_file_given_with_at() throws IOException {
    Path file = Files.writeString(dir.resolve("q.rq"), "ASK { ?s a fabio:ResearchPaper }");
    Run r = run("query", "--db", db.toString(), "--format", "json", "@" + file);
    assertThat(r.out()).contains("\"boolean\" : true");
  }

  @Test
  void a_construct_query_prints_turtle() {
    Run r =
        run(
            "query",
            "--db",
            db.toString(),
            "CONSTRUCT { ?p dcterms:title ?t } WHERE { ?p dcterms:title ?t ; pwc:arxivId \"1512.03385\" }");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("PREFIX dcterms:", "\"Deep Residual Learning for Image Recognition\"");
  }

  @Test
  void a_broken_query_exits_1_with_one_line() {
    Run r = run("query", "--db", db.toString(), "SELECT ?x WHERE { ?x ");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("pwckg: ");
  }

  @Test
  void an_update_is_not_a_query() {
    assertThat(run("query", "--db", db.toString(), "DELETE WHERE { ?s ?p ?o }").exit())
        .isEqualTo(1);
  }

  @Test
  void export_as_ntriples_writes_one_line_per_triple() throws IOException {
    Path out = dir.resolve("kg.nt");
    assertThat(run("export", "--db", db.toString(), "--format", "nt", out.toString()).exit())
        .isZero();
    long triples =
        new ObjectMapper()
            .readTree(run("stats", "--db", db.toString(), "--json").out())
            .get("triples")
            .asLong();
    assertThat(Files.readAllLines(out)).hasSize((int) triples).allMatch(l -> l.endsWith(" ."));
  }

  @Test
  void export_as_gzipped_nquads_includes_the_ingest_graph() throws IOException {
    Path out = dir.resolve("kg.nq.gz");
    assertThat(
            run("export", "--db", db.toString(), "--format", "nq", "--gzip", out.toString()).exit())
        .isZero();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("<https://w3id.org/pwckg/graph/ingest> .");
    }
  }

  @Test
  void export_as_turtle_uses_the_prefixes() throws IOException {
    Path out = dir.resolve("kg.ttl");
    run("export", "--db", db.toString(), "--format", "ttl", out.toString());
    assertThat(Files.readString(out)).contains("PREFIX pwc:", "fabio:ResearchPaper");
  }

  @Test
  void every_command_documents_its_exit_codes() {
    for (String command : List.of("ingest", "stats", "query", "export")) {
      assertThat(run(command, "--help").out()).as(command).contains("Exit codes:", "2  partial");
    }
  }

  private static long sampleSize(String stem) {
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(SAMPLE.resolve(stem + ".json.gz")))) {
      return new ObjectMapper().readTree(in).size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
