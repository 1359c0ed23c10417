package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ingest.store.IngestMetadata;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.OntologyResources;
import org.pwckg.ontology.Slugs;
import org.pwckg.ontology.metrics.MetricValue;
import org.pwckg.ontology.metrics.MetricValueParser;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * Ingests every file of the real archive sample once, then checks the graph against counts this
 * test computes itself from the JSON (cross-checked with the sample's README where it gives them).
 */
class RealDumpsIngestTest {
  @TempDir static Path dir;
  static Path db;
  static IngestResult result;

  @BeforeAll
  static void ingestTheRealSample() {
    db = dir.resolve("db");
    result = ingest(db, realData());
  }

  @Test
  void every_record_of_every_file_is_written() {
    assertThat(result.recordsSkipped()).isZero();
    assertThat(result.files())
        .extracting(FileSummary::read)
        .containsExactly(245L, 2275L, 3294L, 2297L, 58L);
    assertThat(result.recordsWritten()).isEqualTo(result.recordsRead());
  }

  @Test
  void the_ingested_graph_conforms_to_the_shapes() {
    ValidationReport report = inGraph(db, OntologyResources::validate);
    assertThat(report.conforms())
        .as(
            () ->
                report.getEntries().stream()
                    .limit(20)
                    .map(Object::toString)
                    .reduce("", (a, b) -> a + "\n" + b))
        .isTrue();
  }

  @Test
  void every_paper_of_the_dump_is_a_paper_with_its_title() {
    JsonNode papers = read(realFile("papers-with-abstracts"));
    assertThat(papers.size()).isEqualTo(245);
    inGraph(
        db,
        g -> {
          for (JsonNode p : papers) {
            Node paper = IRIS.paper(Iris.pwcPaperSlug(text(p, "paper_url")).orElseThrow());
            assertThat(objects(g, paper, TYPE)).contains(PAPER, SCHOLARLY_ARTICLE);
            assertThat(objects(g, paper, TITLE))
                .containsExactly(NodeFactory.createLiteralString(text(p, "title")));
          }
          assertThat(count(g, Node.ANY, PAGE, Node.ANY)).isEqualTo(papers.size());
          return null;
        });
  }

  @Test
  void every_link_is_a_code_link_to_its_repository() {
    JsonNode links = read(realFile("links-between-papers-and-code"));
    Set<Node> expected = new HashSet<>();
    for (JsonNode l : links) {
      Node paper = IRIS.paper(Iris.pwcPaperSlug(text(l, "paper_url")).orElseThrow());
      expected.add(IRIS.codeLink(paper, text(l, "repo_url")));
    }
    assertThat(links.size()).isEqualTo(2297);
    inGraph(
        db,
        g -> {
          assertThat(typed(g, CODE_LINK)).isEqualTo(expected.size());
          expected.forEach(
              link -> assertThat(count(g, link, LINK_REPOSITORY, Node.ANY)).isEqualTo(1));
          return null;
        });
  }

  @Test
  void every_task_and_subtask_is_a_task_and_subtasks_are_narrower() {
    Set<String> tasks = new HashSet<>();
    Set<List<String>> broader = new HashSet<>();
    int[] recursive = {0};
    for (JsonNode t : read(realFile("evaluation-tables")))
      walkTasks(t, null, tasks, broader, recursive);
    assertThat(recursive[0]).isEqualTo(89);
    inGraph(
        db,
        g -> {
          assertThat(typed(g, TASK)).isEqualTo(tasks.size());
          for (List<String> pair : broader) {
            assertThat(g.contains(IRIS.task(pair.get(0)), BROADER, IRIS.task(pair.get(1))))
                .as("%s", pair)
                .isTrue();
          }
          assertThat(count(g, Node.ANY, BROADER, Node.ANY)).isEqualTo(broader.size());
          return null;
        });
  }

  @Test
  void every_dataset_entry_is_an_evaluation_table_and_every_row_a_result() {
    List<Node> tables = new ArrayList<>();
    int[] rows = {0};
    Set<String> distinctRows = new HashSet<>();
    for (JsonNode t : read(realFile("evaluation-tables")))
      walkTables(t, tables, rows, distinctRows);
    assertThat(tables).hasSize(168);
    assertThat(rows[0]).isEqualTo(1553);
    // "Smaller Datasets" of SQL parsing lists two "Example" parts whose third rows are equal.
    assertThat(distinctRows).hasSize(1552);
    Set<Node> distinct = new HashSet<>(tables);
    inGraph(
        db,
        g -> {
          assertThat(typed(g, EVALUATION_TABLE)).isEqualTo(distinct.size());
          assertThat(typed(g, RESULT)).isEqualTo(distinctRows.size());
          assertThat(count(g, Node.ANY, PAPER_MATCH, Node.ANY)).isEqualTo(distinctRows.size());
          return null;
        });
  }

  @Test
  void every_method_and_dataset_is_typed_and_labelled() {
    JsonNode methods = read(realFile("methods"));
    JsonNode datasets = read(realFile("datasets"));
    assertThat(methods.size()).isEqualTo(2275);
    assertThat(datasets.size()).isEqualTo(3294);
    Set<Node> allDatasets = new HashSet<>();
    inGraph(
        db,
        g -> {
          for (JsonNode m : methods) {
            Node method = IRIS.method(Iris.pwcSlug(text(m, "url")).orElseThrow());
            assertThat(objects(g, method, TYPE)).contains(METHOD);
            assertThat(objects(g, method, LABEL))
                .contains(NodeFactory.createLiteralString(text(m, "name").strip()));
          }
          for (JsonNode d : datasets) {
            Node dataset = IRIS.dataset(Iris.pwcSlug(text(d, "url")).orElseThrow());
            allDatasets.add(dataset);
            assertThat(objects(g, dataset, TYPE)).contains(DATASET);
          }
          for (JsonNode t : read(realFile("evaluation-tables"))) walkDatasetNames(t, allDatasets);
          assertThat(typed(g, DATASET)).isEqualTo(allDatasets.size());
          return null;
        });
  }

  @Test
  void the_gan_paper_has_its_title_date_methods_and_authors_in_order() {
    Node gan = IRIS.paper("generative-adversarial-networks");
    List<String> expected =
        List.of(
            "Ian J. Goodfellow",
            "Jean Pouget-Abadie",
            "Mehdi Mirza",
            "Bing Xu",
            "David Warde-Farley",
            "Sherjil Ozair",
            "Aaron Courville",
            "Yoshua Bengio");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, gan, TITLE))
              .containsExactly(NodeFactory.createLiteralString("Generative Adversarial Networks"));
          assertThat(objects(g, gan, ISSUED))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("2014-06-10");
          assertThat(objects(g, gan, PAPER_METHOD))
              .containsExactlyInAnyOrder(IRIS.method("gan"), IRIS.method("convolution"));
          assertThat(authorNames(g, gan)).isEqualTo(expected);
          return null;
        });
  }

  @Test
  void subdatasets_of_the_same_name_are_parts_of_their_own_dataset_with_their_own_table() {
    Node conll = IRIS.dataset("conll-2014-shared-task");
    Node annotations = IRIS.dataset("conll-2014-10-annotations");
    Node conllTable =
        IRIS.evaluationTable("Grammatical Error Correction", "CoNLL-2014 Shared Task");
    Node restricted = NodeFactory.createURI(conllTable.getURI() + "/restricted");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, NodeFactory.createURI(conll.getURI() + "/restricted"), IS_PART_OF))
              .containsExactly(conll);
          assertThat(
                  objects(
                      g, NodeFactory.createURI(annotations.getURI() + "/restricted"), IS_PART_OF))
              .containsExactly(annotations);
          assertThat(objects(g, restricted, TABLE_DATASET))
              .containsExactly(NodeFactory.createURI(conll.getURI() + "/restricted"));
          assertThat(count(g, Node.ANY, RESULT_TABLE, restricted)).isEqualTo(4);
          assertThat(
                  count(
                      g,
                      IRIS.evaluationTable("Grammatical Error Correction", "Restricted"),
                      Node.ANY,
                      Node.ANY))
              .isZero();
          return null;
        });
  }

  @Test
  void a_chexpert_row_keeps_its_raw_value_its_number_and_its_arxiv_paper() {
    Node table = IRIS.evaluationTable("Multi-Label Classification", "CheXpert");
    Node row = IRIS.result(table, "DeepAUC-v1", "https://arxiv.org/abs/2012.03173");
    Node score = IRIS.score(row, "AVERAGE AUC ON 14 LABEL");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, row, RESULT_TABLE)).containsExactly(table);
          assertThat(objects(g, row, RESULT_PAPER))
              .containsExactly(IRIS.paperByArxiv("2012.03173"));
          assertThat(objects(g, row, PAPER_MATCH)).containsExactly(MATCHED_BY_ARXIV_ID);
          assertThat(objects(g, score, RAW_VALUE))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("0.930");
          assertThat(objects(g, score, HAS_VALUE))
              .extracting(n -> Double.parseDouble(n.getLiteralLexicalForm()))
              .containsExactly(0.93);
          assertThat(objects(g, score, SPECIFIED_BY))
              .containsExactly(IRIS.metric("AVERAGE AUC ON 14 LABEL"));
          return null;
        });
  }

  @Test
  void a_value_with_a_spread_keeps_its_raw_text_and_what_the_parser_makes_of_it() {
    Node table = IRIS.evaluationTable("Node Property Prediction", "ogbn-products");
    Node score =
        IRIS.score(
            IRIS.result(table, "SAGN+SLE", "https://arxiv.org/abs/2104.09376"), "Test Accuracy");
    MetricValue parsed = MetricValueParser.parse("0.8428 ± 0.0014");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, score, RAW_VALUE))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("0.8428 ± 0.0014");
          assertThat(objects(g, score, VALUE_STATUS))
              .containsExactly(parsed.parsed() ? PARSED : UNPARSEABLE);
          if (parsed.parsed()) {
            assertThat(objects(g, score, HAS_VALUE))
                .extracting(n -> Double.parseDouble(n.getLiteralLexicalForm()))
                .containsExactly(parsed.value().getAsDouble());
          }
          return null;
        });
  }

  @Test
  void a_method_belongs_to_its_collections_and_their_area() {
    Node sig = IRIS.method("sig");
    Node collection = IRIS.methodCollection("Generative Models");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, sig, COLLECTION)).containsExactly(collection);
          assertThat(objects(g, collection, AREA_PROP))
              .containsExactly(IRIS.area("Computer Vision"));
          assertThat(objects(g, IRIS.area("Computer Vision"), LABEL))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("Computer Vision");
          return null;
        });
  }

  @Test
  void the_ingest_graph_records_each_file_with_its_sha256_and_counts() throws Exception {
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    Node graph = IngestMetadata.graph(IRIS);
    Node papers = IngestMetadata.subject(IRIS, "papers-with-abstracts");
    String sha =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(realFile("papers-with-abstracts"))));
    Txn.executeRead(
        dsg,
        () -> {
          assertThat(dsg.getDefaultGraph().contains(papers, Node.ANY, Node.ANY)).isFalse();
          assertThat(literal(dsg, graph, papers, SHA256)).isEqualTo(sha);
          assertThat(literal(dsg, graph, papers, RECORDS_READ)).isEqualTo("245");
          assertThat(literal(dsg, graph, papers, SOURCE_FILE))
              .isEqualTo("papers-with-abstracts.json.gz");
        });
  }

  private static String literal(DatasetGraph dsg, Node graph, Node s, Node p) {
    return dsg.find(graph, s, p, Node.ANY).next().getObject().getLiteralLexicalForm();
  }

  /** The names along the bibo:authorList of a paper, following rdf:first / rdf:rest. */
  static List<String> authorNames(Graph g, Node paper) {
    List<String> names = new ArrayList<>();
    Node cell = objects(g, paper, AUTHOR_LIST).get(0);
    while (!cell.equals(NIL)) {
      Node author = objects(g, cell, FIRST).get(0);
      names.add(objects(g, author, NAME).get(0).getLiteralLexicalForm());
      List<Node> rest = objects(g, cell, REST);
      assertThat(rest).hasSize(1);
      cell = rest.get(0);
    }
    return names;
  }

  private static void walkTasks(
      JsonNode t, String parent, Set<String> tasks, Set<List<String>> broader, int[] n) {
    String name = t.get("task").asText();
    n[0]++;
    tasks.add(Slugs.of(name));
    if (parent != null) broader.add(List.of(name, parent));
    for (JsonNode sub : t.path("subtasks")) walkTasks(sub, name, tasks, broader, n);
  }

  private static void walkTables(
      JsonNode t, List<Node> tables, int[] rows, Set<String> distinctRows) {
    String task = t.get("task").asText();
    for (JsonNode d : t.path("datasets"))
      walkTable(
          d, IRIS.evaluationTable(task, d.get("dataset").asText()), tables, rows, distinctRows);
    for (JsonNode sub : t.path("subtasks")) walkTables(sub, tables, rows, distinctRows);
  }

  /**
   * A subdataset's table is a part of its dataset's table ({@code E/{slug}}, MAPPING.md). A row is
   * one result per table, content and repeat within its entry: a table given twice merges.
   */
  private static void walkTable(
      JsonNode d, Node table, List<Node> tables, int[] rows, Set<String> distinctRows) {
    tables.add(table);
    rows[0] += d.path("sota").path("rows").size();
    Map<String, Integer> inEntry = new HashMap<>();
    for (JsonNode row : d.path("sota").path("rows")) {
      int repeat = inEntry.merge(row.toString(), 1, Integer::sum);
      distinctRows.add(table.getURI() + "\u0000" + row + "\u0000" + repeat);
    }
    for (JsonNode sub : d.path("subdatasets"))
      walkTable(sub, part(table, sub), tables, rows, distinctRows);
  }

  private static void walkDatasetNames(JsonNode t, Set<Node> out) {
    for (JsonNode d : t.path("datasets"))
      walkDatasetName(d, IRIS.dataset(Slugs.of(d.get("dataset").asText())), out);
    for (JsonNode sub : t.path("subtasks")) walkDatasetNames(sub, out);
  }

  private static void walkDatasetName(JsonNode d, Node dataset, Set<Node> out) {
    out.add(dataset);
    for (JsonNode sub : d.path("subdatasets")) walkDatasetName(sub, part(dataset, sub), out);
  }

  private static Node part(Node whole, JsonNode subdataset) {
    return NodeFactory.createURI(
        whole.getURI() + "/" + Slugs.of(subdataset.get("subdataset").asText()));
  }
}
