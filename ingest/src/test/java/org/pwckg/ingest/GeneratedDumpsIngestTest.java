package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.generate.GenerateListener;
import org.pwckg.generate.GenerateOptions;
import org.pwckg.generate.Generator;
import org.pwckg.generate.profile.ProfileIo;

/**
 * The generator's dumps (what the benchmarks ingest) go in whole: every record written, and one
 * result per row, one metric column per listed metric, one metric per metric key (of the tables'
 * lists and the rows' cells).
 */
class GeneratedDumpsIngestTest {
  @TempDir static Path dir;
  static Path dumps;
  static IngestResult result;

  @BeforeAll
  static void generateAndIngest() throws IOException {
    dumps = dir.resolve("dumps");
    new Generator(ProfileIo.shipped(), GenerateListener.SILENT)
        .run(new GenerateOptions(1000, 1, dumps, 1));
    result = ingest(dir.resolve("db"), dumps);
  }

  @Test
  void every_generated_record_is_written() {
    assertThat(result.recordsSkipped()).isZero();
    assertThat(result.recordsWritten()).isEqualTo(result.recordsRead());
    assertThat(result.problems()).isZero();
  }

  @Test
  void every_row_is_a_result_and_every_listed_metric_a_column() {
    int[] rows = {0};
    int[] columns = {0};
    Set<Object> metrics = new HashSet<>();
    read(dumps.resolve("evaluation-tables.json.gz"))
        .forEach(task -> count(task, rows, columns, metrics));
    inGraph(
        dir.resolve("db"),
        g -> {
          assertThat(typed(g, RESULT)).isEqualTo(rows[0]);
          assertThat(typed(g, METRIC_COLUMN_CLASS)).isEqualTo(columns[0]);
          return assertThat(typed(g, METRIC)).isEqualTo(metrics.size());
        });
  }

  private static void count(JsonNode task, int[] rows, int[] columns, Set<Object> metrics) {
    for (JsonNode d : task.path("datasets")) countTable(d, rows, columns, metrics);
    for (JsonNode sub : task.path("subtasks")) count(sub, rows, columns, metrics);
  }

  private static void countTable(JsonNode d, int[] rows, int[] columns, Set<Object> metrics) {
    rows[0] += d.path("sota").path("rows").size();
    for (JsonNode m : d.path("sota").path("metrics")) {
      columns[0]++;
      metrics.add(IRIS.metric(m.asText()));
    }
    for (JsonNode row : d.path("sota").path("rows"))
      row.path("metrics").fieldNames().forEachRemaining(m -> metrics.add(IRIS.metric(m.strip())));
    for (JsonNode sub : d.path("subdatasets")) countTable(sub, rows, columns, metrics);
  }
}
