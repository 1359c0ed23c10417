package org.pwckg.ontology.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** Walks the real evaluation-tables dump, through subtasks and subdatasets at any depth. */
final class RealEvaluationTables {
  private final JsonNode tasks;

  private RealEvaluationTables(JsonNode tasks) {
    this.tasks = tasks;
  }

  static RealEvaluationTables load() {
    Path file =
        Path.of(
            System.getProperty("pwckg.testdata", "../testdata"),
            "pwc",
            "evaluation-tables.json.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new RealEvaluationTables(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every metric cell of every row, as text (a JSON number as its text). */
  List<String> cells() {
    List<String> cells = new ArrayList<>();
    forEachTable(
        table ->
            table
                .path("sota")
                .path("rows")
                .forEach(row -> row.path("metrics").forEach(cell -> cells.add(cell.asText()))));
    return cells;
  }

  /** Every metric name, from the tables' metric lists and from the rows. */
  List<String> metricNames() {
    List<String> names = new ArrayList<>();
    forEachTable(
        table -> {
          table.path("sota").path("metrics").forEach(m -> names.add(m.asText()));
          table
              .path("sota")
              .path("rows")
              .forEach(row -> row.path("metrics").fieldNames().forEachRemaining(names::add));
        });
    return names;
  }

  /**
   * A table's first metric and its parsed values in row order (cells that do not parse left out).
   */
  record PrimaryColumn(String table, String metric, List<Double> values) {}

  /** The first metric of every table that has one. */
  List<PrimaryColumn> primaryColumns() {
    List<PrimaryColumn> columns = new ArrayList<>();
    forEachTable(
        table -> {
          JsonNode metrics = table.path("sota").path("metrics");
          if (metrics.isEmpty()) return;
          String metric = metrics.get(0).asText();
          List<Double> values = new ArrayList<>();
          for (JsonNode row : table.path("sota").path("rows")) {
            JsonNode cell = row.path("metrics").path(metric);
            if (cell.isMissingNode() || cell.isNull()) continue;
            MetricValue v = MetricValueParser.parse(cell.asText());
            if (v.parsed()) values.add(v.value().getAsDouble());
          }
          String name = table.path("dataset").asText(table.path("subdataset").asText());
          columns.add(new PrimaryColumn(name, metric, values));
        });
    return columns;
  }

  private void forEachTable(Consumer<JsonNode> action) {
    tasks.forEach(task -> walkTask(task, action));
  }

  private static void walkTask(JsonNode task, Consumer<JsonNode> action) {
    task.path("datasets").forEach(dataset -> walkDataset(dataset, action));
    task.path("subtasks").forEach(subtask -> walkTask(subtask, action));
  }

  private static void walkDataset(JsonNode dataset, Consumer<JsonNode> action) {
    action.accept(dataset);
    dataset.path("subdatasets").forEach(sub -> walkDataset(sub, action));
  }
}
