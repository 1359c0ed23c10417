package org.pwckg.ontology;

import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.pwckg.ontology.metrics.Direction;
import org.pwckg.ontology.metrics.MetricDirection;
import org.pwckg.ontology.metrics.MetricDirections;
import org.pwckg.ontology.metrics.MetricValue;
import org.pwckg.ontology.metrics.MetricValueParser;

/**
 * Real dump records written into a graph the way docs/MAPPING.md says, for the fields the shapes
 * test. Not the ingest: a small, readable restatement of the contract to check the shapes against.
 */
final class MappedRecords {
  private static final Iris IRIS = Iris.DEFAULT;
  private final Graph g = GraphFactory.createDefaultGraph();

  Graph graph() {
    return g;
  }

  static JsonNode dump(String file) {
    Path path = Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc", file);
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A papers-with-abstracts record: the paper, its author list, stubs of what it references. */
  Node paper(JsonNode p) {
    String slug = Iris.pwcPaperSlug(p.get("paper_url").asText()).orElseThrow();
    Node paper = IRIS.paper(slug);
    add(paper, TYPE, PAPER);
    add(paper, TYPE, SCHOLARLY_ARTICLE);
    add(paper, TITLE, text(p.get("title").asText()));
    add(paper, ABSTRACT, text(p.get("abstract").asText()));
    add(paper, PAGE, iri(p.get("paper_url").asText()));
    add(paper, SAME_AS, iri(Namespaces.LPWC + "paper/" + slug));
    add(paper, ARXIV_ID, text(p.get("arxiv_id").asText()));
    add(paper, SCHEMA_SAME_AS, iri("https://arxiv.org/abs/" + p.get("arxiv_id").asText()));
    add(paper, URL, iri(p.get("url_abs").asText()));
    add(paper, PDF_URL, iri(p.get("url_pdf").asText()));
    add(paper, ISSUED, NodeFactory.createLiteralDT(p.get("date").asText(), XSDDatatype.XSDdate));
    authors(paper, p.get("authors"));
    for (JsonNode m : p.get("methods")) {
      Node method = IRIS.method(Slugs.of(m.get("name").asText()));
      add(paper, PAPER_METHOD, method);
      stub(method, METHOD, LABEL, m.get("name").asText());
    }
    Node proceeding = IRIS.proceeding(p.get("proceeding").asText());
    add(paper, IS_PART_OF, proceeding);
    stub(proceeding, PROCEEDING, LABEL, p.get("proceeding").asText());
    Node conference = IRIS.conference(p.get("conference").asText());
    add(paper, CONFERENCE_PROP, conference);
    stub(conference, CONFERENCE, LABEL, p.get("conference").asText());
    return paper;
  }

  private void authors(Node paper, JsonNode names) {
    for (int i = 1; i <= names.size(); i++) {
      String name = names.get(i - 1).asText();
      Node author = IRIS.author(name);
      add(paper, CREATOR, author);
      stub(author, PERSON, NAME, name);
      Node cell = IRIS.authorListCell(paper, i);
      if (i == 1) add(paper, AUTHOR_LIST, cell);
      add(cell, FIRST, author);
      add(cell, REST, i == names.size() ? NIL : IRIS.authorListCell(paper, i + 1));
    }
  }

  /** The first row of the first table of a task record, with its table, metrics and scores. */
  Node leaderboardRow(JsonNode task, MetricDirections directions) {
    String taskName = task.get("task").asText();
    JsonNode dataset = task.get("datasets").get(0);
    JsonNode row = dataset.get("sota").get("rows").get(0);
    Node t = IRIS.task(taskName);
    stub(t, TASK, LABEL, taskName);
    add(t, SAME_AS, iri(Namespaces.LPWC + "task/" + Slugs.of(taskName)));
    Node d = IRIS.dataset(Slugs.of(dataset.get("dataset").asText()));
    stub(d, DATASET, LABEL, dataset.get("dataset").asText());
    Node table = IRIS.evaluationTable(taskName, dataset.get("dataset").asText());
    add(table, TYPE, EVALUATION_TABLE);
    add(table, TABLE_TASK, t);
    add(table, TABLE_DATASET, d);
    JsonNode metrics = dataset.get("sota").get("metrics");
    for (JsonNode m : metrics) metric(table, m.asText(), directions);
    add(table, PRIMARY_METRIC, IRIS.metric(metrics.get(0).asText()));
    return result(table, row);
  }

  private void metric(Node table, String name, MetricDirections directions) {
    Node metric = IRIS.metric(name);
    add(table, TABLE_METRIC, metric);
    stub(metric, Vocab.METRIC, LABEL, name);
    MetricDirection direction = directions.of(name);
    add(
        metric,
        DIRECTION,
        direction.direction() == Direction.LOWER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER);
    add(metric, DIRECTION_RULE, text(direction.rule()));
  }

  private Node result(Node table, JsonNode row) {
    String model = row.get("model_name").asText();
    Node result = IRIS.result(table, model, row.get("paper_url").asText());
    add(result, TYPE, RESULT);
    add(result, RESULT_TABLE, table);
    Node m = IRIS.model(model);
    add(result, RESULT_MODEL, m);
    stub(m, MODEL, LABEL, model);
    add(result, LABEL, text(model));
    Node paper = IRIS.paperByArxiv(Iris.arxivId(row.get("paper_url").asText()).orElseThrow());
    add(result, RESULT_PAPER, paper);
    add(paper, TYPE, PAPER);
    add(paper, TYPE, SCHOLARLY_ARTICLE);
    add(paper, TITLE, text(row.get("paper_title").asText()));
    add(result, PAPER_MATCH, MATCHED_BY_ARXIV_ID);
    add(
        result,
        DATE,
        NodeFactory.createLiteralDT(row.get("paper_date").asText(), XSDDatatype.XSDdate));
    add(
        result,
        USES_EXTRA_DATA,
        NodeFactory.createLiteralDT(
            row.get("uses_additional_data").asText(), XSDDatatype.XSDboolean));
    row.get("metrics")
        .fields()
        .forEachRemaining(cell -> score(result, cell.getKey(), cell.getValue().asText()));
    return result;
  }

  private void score(Node result, String metric, String raw) {
    Node score = IRIS.score(result, metric);
    add(result, HAS_SCORE, score);
    add(score, TYPE, SCORE);
    add(score, SPECIFIED_BY, IRIS.metric(metric));
    add(score, RAW_VALUE, text(raw));
    MetricValue v = MetricValueParser.parse(raw);
    v.value()
        .ifPresent(
            x ->
                add(
                    score,
                    HAS_VALUE,
                    NodeFactory.createLiteralDT(Double.toString(x), XSDDatatype.XSDdouble)));
    v.spread()
        .ifPresent(
            x ->
                add(
                    score,
                    SPREAD,
                    NodeFactory.createLiteralDT(Double.toString(x), XSDDatatype.XSDdouble)));
    add(score, VALUE_STATUS, v.parsed() ? PARSED : UNPARSEABLE);
  }

  private void stub(Node entity, Node type, Node nameProperty, String name) {
    add(entity, TYPE, type);
    add(entity, nameProperty, text(name));
  }

  void add(Node s, Node p, Node o) {
    g.add(s, p, o);
  }

  static Node text(String s) {
    return NodeFactory.createLiteralString(s);
  }

  static Node iri(String s) {
    return NodeFactory.createURI(s);
  }
}
