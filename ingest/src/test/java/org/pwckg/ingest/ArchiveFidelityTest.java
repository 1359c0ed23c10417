package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.OntologyResources;

/**
 * What real archive files showed about fidelity (issue 10): metric identity and order per table,
 * empty cells, arXiv stubs, code links from other exports, scraper placeholders. The real slices
 * plus the fixtures of {@code fidelity/} (exact dump formats, cases the slices lack; its README).
 */
class ArchiveFidelityTest {
  private static final String FIXTURE_LINKS = "links-between-papers-and-code.json";

  @TempDir static Path dir;
  static Path db;
  static IngestResult result;
  static List<String> report;

  @BeforeAll
  static void ingestTheRealTablesAndTheFixtures() throws IOException {
    db = dir.resolve("db");
    result =
        ingest(
            db,
            realFile("papers-with-abstracts"),
            realFile("evaluation-tables"),
            fixture("evaluation-tables.json"),
            fixture(FIXTURE_LINKS));
    report = Files.readAllLines(result.report());
  }

  static Path fixture(String name) {
    try {
      return Path.of(ArchiveFidelityTest.class.getResource("/fidelity/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_graph_of_the_real_tables_and_the_fixtures_conforms_to_the_shapes() {
    ValidationReport shapes = inGraph(db, OntologyResources::validate);
    assertThat(shapes.conforms())
        .as(() -> shapes.getEntries().stream().limit(10).map(Object::toString).toList().toString())
        .isTrue();
  }

  @Test
  void rouge_2_and_rouge_2_star_are_two_metrics_each_labelled_as_written() {
    Node duc = IRIS.evaluationTable("Text Summarization", "DUC 2004 Task 1");
    Node gigaword = IRIS.evaluationTable("Text Summarization", "Gigaword");
    inGraph(
        db,
        g -> {
          assertThat(IRIS.metric("ROUGE-2")).isNotEqualTo(IRIS.metric("ROUGE-2*"));
          assertThat(column(g, duc, 2)).containsExactly(IRIS.metric("ROUGE-2"), "ROUGE-2");
          assertThat(column(g, gigaword, 1)).containsExactly(IRIS.metric("ROUGE-2*"), "ROUGE-2*");
          assertThat(labels(g, IRIS.metric("ROUGE-2*"))).containsExactly("ROUGE-2*");
          return null;
        });
  }

  @Test
  void rouge_l_spelled_in_two_cases_is_one_metric_but_each_table_keeps_its_spelling() {
    Node narrativeQa = IRIS.evaluationTable("Reading comprehension", "NarrativeQA");
    Node gigaword = IRIS.evaluationTable("Summarization", "Gigaword");
    inGraph(
        db,
        g -> {
          assertThat(column(g, narrativeQa, 4)).containsExactly(IRIS.metric("ROUGE-L"), "Rouge-L");
          assertThat(column(g, gigaword, 3)).containsExactly(IRIS.metric("ROUGE-L"), "ROUGE-L");
          return null;
        });
  }

  @Test
  void percent_test_accuracy_is_not_the_same_metric_as_test_accuracy() {
    assertThat(IRIS.metric("% Test Accuracy")).isNotEqualTo(IRIS.metric("Test Accuracy"));
    Node snli = IRIS.evaluationTable("Natural Language Inference", "SNLI");
    inGraph(
        db,
        g ->
            assertThat(column(g, snli, 1))
                .containsExactly(IRIS.metric("% Test Accuracy"), "% Test Accuracy"));
  }

  @Test
  void a_tables_metrics_keep_the_order_the_table_gave_them() {
    Node wikitext = IRIS.evaluationTable("Word Level Models", "WikiText-103");
    inGraph(
        db,
        g ->
            assertThat(columns(g, wikitext).stream().map(c -> label(g, c)).toList())
                .containsExactly("Validation perplexity", "Test perplexity", "Number of params"));
  }

  @Test
  void empty_cells_are_counted_and_listed_as_no_value_not_as_problems() {
    FileSummary real =
        result.files().stream()
            .filter(f -> f.file().equals("evaluation-tables.json.gz"))
            .findFirst()
            .orElseThrow();
    assertThat(real.emptyValues()).isEqualTo(11);
    assertThat(real.line()).contains("11 empty cells");
    assertThat(report)
        .filteredOn(l -> l.startsWith("evaluation-tables.json.gz record "))
        .filteredOn(l -> l.endsWith(": empty value (no value, not an error)"))
        .hasSize(11)
        .anyMatch(l -> l.contains(".metrics.Number of params: empty value"));
    assertThat(report)
        .filteredOn(l -> l.startsWith("evaluation-tables.json record "))
        .containsExactly(
            "evaluation-tables.json record 0 field datasets[0].sota.rows[1].metrics.ROUGE-2: empty"
                + " value (no value, not an error)");
    assertThat(result.problems()).isEqualTo(1 + 1); // the ELMo code link and the unknown paper
  }

  @Test
  void a_paper_known_only_from_an_arxiv_url_keeps_its_id_and_its_arxiv_links() {
    Node stub = IRIS.paperByArxiv("2012.03173");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, stub, ARXIV_ID))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("2012.03173");
          assertThat(objects(g, stub, URL))
              .containsExactly(iri("https://arxiv.org/abs/2012.03173"));
          assertThat(objects(g, stub, SCHEMA_SAME_AS))
              .containsExactly(iri("https://arxiv.org/abs/2012.03173"));
          return assertThat(objects(g, stub, PDF_URL))
              .containsExactly(iri("https://arxiv.org/pdf/2012.03173"));
        });
  }

  @Test
  void a_papers_record_arriving_in_a_later_run_replaces_the_arxiv_stub(@TempDir Path later) {
    Path laterDb = later.resolve("db");
    ingest(laterDb, fixture("evaluation-tables.json"));
    ingest(laterDb, fixture("papers-with-abstracts.json"));
    Node stub = IRIS.paperByArxiv("1602.06023");
    Node record = IRIS.paper("abstractive-text-summarization-using-sequence");
    inGraph(
        laterDb,
        g -> {
          assertThat(objects(g, stub, ARXIV_ID)).hasSize(1);
          return assertThat(objects(g, stub, IS_REPLACED_BY)).containsExactly(record);
        });
    ingest(laterDb, fixture("evaluation-tables.json"));
    Node gigaword = IRIS.evaluationTable("Text Summarization", "Gigaword");
    Node row = IRIS.result(gigaword, "words-lvt5k-1sent", "https://arxiv.org/abs/1602.06023");
    inGraph(laterDb, g -> assertThat(objects(g, row, RESULT_PAPER)).containsExactly(record));
  }

  @Test
  void a_code_link_without_a_pwc_paper_url_is_found_by_its_abstract_url() {
    Node hopfield = IRIS.paper("neural-networks-and-physical-systems-with");
    Node link = IRIS.codeLink(hopfield, "https://github.com/takyamamoto/Hopfield-Network");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, link, LINK_PAPER)).containsExactly(hopfield);
          return assertThat(objects(g, link, PAPER_MATCH)).containsExactly(MATCHED_BY_PAPER_URL);
        });
  }

  @Test
  void a_code_link_with_only_a_title_is_found_by_the_title_of_a_known_paper() {
    Node annealing = IRIS.paper("optimization-by-simulated-annealing");
    Node link = IRIS.codeLink(annealing, "https://github.com/perrygeo/simanneal");
    inGraph(db, g -> assertThat(objects(g, link, PAPER_MATCH)).containsExactly(MATCHED_BY_TITLE));
  }

  @Test
  void only_a_code_link_whose_paper_nothing_identifies_is_reported() {
    assertThat(report)
        .filteredOn(l -> l.startsWith(FIXTURE_LINKS + " record "))
        .singleElement()
        .asString()
        .startsWith(FIXTURE_LINKS + " record 2 field paper_url: no paper identified");
  }

  @Test
  void a_scraper_placeholder_leaves_no_trace_in_a_name_and_the_raw_name_is_kept() {
    Node duc = IRIS.evaluationTable("Text Summarization", "DUC 2004 Task 1");
    inGraph(
        db,
        g -> {
          List<Node> rows =
              g.find(Node.ANY, RESULT_TABLE, duc).mapWith(t -> t.getSubject()).toList();
          assertThat(rows.stream().map(r -> label(g, r)))
              .containsExactlyInAnyOrder("DRGD", "Transformer + Copy");
          return assertThat(rows.stream().flatMap(r -> objects(g, r, RAW_NAME).stream()))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("Transformer\\u0002wzxhzdk:0\\u0003 + Copy");
        });
  }

  @Test
  void a_column_ranks_the_way_its_metric_and_the_tables_row_order_agree() {
    Node drone = IRIS.evaluationTable("Trajectory Prediction", "Stanford Drone");
    inGraph(
        db,
        g -> {
          Node ade = columns(g, drone).getFirst();
          assertThat(objects(g, ade, DIRECTION)).containsExactly(LOWER_IS_BETTER);
          return assertThat(objects(g, ade, DIRECTION_RULE))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("rule:regression-errors");
        });
  }

  /** The metric and the label of a table's column at a position (from 1). */
  private static List<Object> column(Graph g, Node table, int position) {
    Node c = columns(g, table).get(position - 1);
    return List.of(objects(g, c, COLUMN_METRIC).getFirst(), label(g, c));
  }

  private static List<Node> columns(Graph g, Node table) {
    return objects(g, table, METRIC_COLUMN).stream()
        .sorted(Comparator.comparingInt(c -> position(g, c)))
        .toList();
  }

  private static int position(Graph g, Node column) {
    return Integer.parseInt(objects(g, column, POSITION).getFirst().getLiteralLexicalForm());
  }

  private static String label(Graph g, Node s) {
    return objects(g, s, LABEL).getFirst().getLiteralLexicalForm();
  }

  private static List<String> labels(Graph g, Node s) {
    return objects(g, s, LABEL).stream().map(Node::getLiteralLexicalForm).toList();
  }
}
