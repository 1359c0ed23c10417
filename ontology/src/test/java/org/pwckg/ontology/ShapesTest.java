package org.pwckg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.metrics.MetricDirections;

class ShapesTest {
  private static final String SH = Namespaces.SH;
  private static final String SHAPES = "https://w3id.org/pwckg/shapes#";
  private static final JsonNode PAPERS = MappedRecords.dump("papers-with-abstracts.json.gz");
  private static final JsonNode TASKS = MappedRecords.dump("evaluation-tables.json.gz");

  /** The entity classes of docs/MAPPING.md. */
  private static final List<Node> ENTITY_CLASSES =
      List.of(
          PAPER,
          SCHOLARLY_ARTICLE,
          PERSON,
          TASK,
          AREA,
          DATASET,
          METHOD,
          METHOD_COLLECTION,
          REPOSITORY,
          CODE_LINK,
          EVALUATION_TABLE,
          METRIC,
          MODEL,
          RESULT,
          SCORE,
          PROCEEDING,
          CONFERENCE,
          FIGURE);

  @Test
  void the_shapes_parse_into_one_root_shape_per_entity_class_and_more() {
    assertThat(OntologyResources.shapes().numRootShapes())
        .isGreaterThanOrEqualTo(ENTITY_CLASSES.size());
  }

  @Test
  void every_entity_class_of_the_mapping_is_the_target_of_a_node_shape() {
    Graph shapes = OntologyResources.shapesGraph();
    Node targetClass = NodeFactory.createURI(SH + "targetClass");
    Set<Node> targets =
        shapes.find(Node.ANY, targetClass, Node.ANY).mapWith(Triple::getObject).toSet();
    assertThat(targets).containsAll(ENTITY_CLASSES);
  }

  @Test
  void every_property_shape_constrains_the_kind_of_its_values() {
    Graph shapes = OntologyResources.shapesGraph();
    List<Node> propertyShapes = subjectsOfType(shapes, SH + "PropertyShape");
    assertThat(propertyShapes).hasSizeGreaterThan(60);
    Set<Node> kinds =
        Stream.of("datatype", "nodeKind", "class", "hasValue")
            .map(k -> NodeFactory.createURI(SH + k))
            .collect(Collectors.toSet());
    for (Node shape : propertyShapes) {
      boolean constrained = kinds.stream().anyMatch(k -> shapes.contains(shape, k, Node.ANY));
      assertThat(constrained).as(shape.getURI()).isTrue();
    }
  }

  @Test
  void every_property_of_the_vocabulary_that_ingest_writes_has_a_property_shape()
      throws IllegalAccessException {
    Graph shapes = OntologyResources.shapesGraph();
    Set<Node> paths =
        shapes
            .find(Node.ANY, NodeFactory.createURI(SH + "path"), Node.ANY)
            .mapWith(Triple::getObject)
            .toSet();
    Set<Node> notWritten = Set.of(POSITION); // figures are not in the mapping yet
    List<Node> properties =
        OntologyTest.vocabTerms().stream()
            .filter(n -> OntologyTest.isProperty(n) && !notWritten.contains(n))
            .toList();
    assertThat(paths).containsAll(properties);
  }

  @Test
  void a_real_paper_record_mapped_as_the_contract_says_conforms() {
    MappedRecords records = new MappedRecords();
    records.paper(ganPaper());
    assertConforms(records.graph());
  }

  @Test
  void a_real_leaderboard_row_mapped_as_the_contract_says_conforms() {
    MappedRecords records = new MappedRecords();
    records.leaderboardRow(TASKS.get(0), MetricDirections.defaults());
    assertConforms(records.graph());
  }

  @Test
  void a_paper_record_with_a_second_title_is_reported() {
    MappedRecords records = new MappedRecords();
    Node paper = records.paper(ganPaper());
    records.add(paper, TITLE, MappedRecords.text("GANs"));
    assertThat(violations(records.graph())).containsExactly(SHAPES + "PaperRecord-title");
  }

  @Test
  void a_literal_where_the_contract_writes_an_iri_is_reported() {
    MappedRecords records = new MappedRecords();
    Node paper = records.paper(ganPaper());
    records.graph().remove(paper, PDF_URL, Node.ANY);
    records.add(paper, PDF_URL, MappedRecords.text("https://arxiv.org/pdf/1406.2661v1.pdf"));
    assertThat(violations(records.graph())).containsExactly(SHAPES + "Paper-pdfUrl");
  }

  @Test
  void a_reference_to_an_entity_without_its_stub_is_reported() {
    MappedRecords records = new MappedRecords();
    Node paper = records.paper(ganPaper());
    records.add(paper, PAPER_TASK, Iris.DEFAULT.task("Image Generation"));
    assertThat(violations(records.graph())).containsExactly(SHAPES + "Paper-task");
  }

  @Test
  void a_parsed_score_without_a_value_is_reported() {
    MappedRecords records = new MappedRecords();
    Node result = records.leaderboardRow(TASKS.get(0), MetricDirections.defaults());
    Node score = Iris.DEFAULT.score(result, "AVERAGE AUC ON 14 LABEL");
    records.graph().remove(score, HAS_VALUE, Node.ANY);
    assertThat(violations(records.graph())).containsExactly("A parsed score has a value.");
  }

  @Test
  void an_unparseable_score_with_a_value_is_reported() {
    MappedRecords records = new MappedRecords();
    Node result = records.leaderboardRow(TASKS.get(0), MetricDirections.defaults());
    Node score = Iris.DEFAULT.score(result, "NUM RADS BELOW CURVE");
    records.graph().remove(score, VALUE_STATUS, Node.ANY);
    records.add(score, VALUE_STATUS, UNPARSEABLE);
    assertThat(violations(records.graph()))
        .containsExactly("An unparseable score has neither value nor spread.");
  }

  @Test
  void a_metric_without_a_direction_is_reported() {
    MappedRecords records = new MappedRecords();
    records.leaderboardRow(TASKS.get(0), MetricDirections.defaults());
    records.graph().remove(Iris.DEFAULT.metric("NUM RADS BELOW CURVE"), DIRECTION, Node.ANY);
    assertThat(violations(records.graph())).containsExactly(SHAPES + "Metric-direction");
  }

  @Test
  void a_primary_metric_that_the_table_does_not_report_is_reported() {
    MappedRecords records = new MappedRecords();
    records.leaderboardRow(TASKS.get(0), MetricDirections.defaults());
    Node table = Iris.DEFAULT.evaluationTable("Multi-Label Classification", "CheXpert");
    records.graph().remove(table, TABLE_METRIC, Iris.DEFAULT.metric("AVERAGE AUC ON 14 LABEL"));
    assertThat(violations(records.graph()))
        .containsExactly("The primary metric is one of the table's metrics.");
  }

  private static JsonNode ganPaper() {
    for (JsonNode p : PAPERS) {
      if (p.get("title").asText().equals("Generative Adversarial Networks")) return p;
    }
    throw new IllegalStateException("the GAN paper is no longer in the dump");
  }

  private static void assertConforms(Graph data) {
    ValidationReport report = OntologyResources.validate(data);
    assertThat(report.getEntries()).as("violations").isEmpty();
    assertThat(report.conforms()).isTrue();
  }

  /** The property shape behind each violation, or the message of a violated SPARQL constraint. */
  private static List<String> violations(Graph data) {
    return OntologyResources.validate(data).getEntries().stream()
        .map(ShapesTest::violated)
        .distinct()
        .toList();
  }

  private static String violated(ReportEntry e) {
    boolean sparql = e.source().getURI().endsWith("Shape");
    return sparql ? e.message() : e.source().getURI();
  }

  private static List<Node> subjectsOfType(Graph g, String type) {
    return g.find(Node.ANY, TYPE, NodeFactory.createURI(type)).mapWith(Triple::getSubject).toList();
  }
}
