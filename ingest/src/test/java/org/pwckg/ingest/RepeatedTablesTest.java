package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.*;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evaluation tables given twice in one run merge, as every other kind of record does: the real
 * tables file twice, or beside its .gz twin, or a task record repeated, give the rows once.
 */
class RepeatedTablesTest {
  private static final String TABLES = "evaluation-tables";

  /** 1,553 rows; two equal "Example" parts of SQL parsing share one (RealDumpsIngestTest). */
  private static final long REAL_ROWS = 1552;

  private static final long CHEXPERT_ROWS = 175;

  @TempDir static Path dir;
  static long onceResults;
  static int onceProblems;

  @BeforeAll
  static void ingestTheTablesOnce() {
    Path db = dir.resolve("once");
    onceProblems = ingest(db, realFile(TABLES)).problems();
    onceResults = results(db);
    assertThat(onceResults).isEqualTo(REAL_ROWS);
  }

  @Test
  void the_same_tables_file_given_twice_gives_its_rows_once() {
    Path db = ingestInto("twice", realFile(TABLES), realFile(TABLES));
    assertThat(results(db)).isEqualTo(onceResults);
  }

  @Test
  void a_json_file_beside_its_gz_twin_is_read_once_and_reported() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("twins"));
    Files.copy(realFile(TABLES), folder.resolve(TABLES + ".json.gz"));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(realFile(TABLES)))) {
      Files.copy(in, folder.resolve(TABLES + ".json"));
    }
    Path db = dir.resolve("twins-db");
    IngestResult result = ingest(db, folder);
    assertThat(result.files()).hasSize(1);
    assertThat(results(db)).isEqualTo(onceResults);
    assertThat(Files.readAllLines(result.report()))
        .anyMatch(l -> l.contains("the same content as") && l.contains("read once"));
    // The repeat is a note, not a problem: the problems are those of reading the file once.
    assertThat(result.problems()).isEqualTo(onceProblems);
  }

  @Test
  void a_repeated_task_record_gives_its_rows_once() throws IOException {
    JsonNode chexpert = null;
    for (JsonNode task : read(realFile(TABLES))) {
      if (task.path("task").asText().equals("Multi-Label Classification")) chexpert = task;
    }
    assertThat(chexpert).isNotNull();
    ArrayNode twice = JsonNodeFactory.instance.arrayNode().add(chexpert).add(chexpert.deepCopy());
    Path folder = Files.createDirectories(dir.resolve("repeated"));
    write(folder.resolve(TABLES + ".json"), twice);
    Path db = ingestInto("repeated-db", folder);
    inGraph(
        db,
        g -> {
          Node table = IRIS.evaluationTable("Multi-Label Classification", "CheXpert");
          return assertThat(count(g, Node.ANY, RESULT_TABLE, table)).isEqualTo(CHEXPERT_ROWS);
        });
  }

  private static Path ingestInto(String name, Path... dumps) {
    Path db = dir.resolve(name);
    ingest(db, dumps);
    return db;
  }

  private static long results(Path db) {
    return inGraph(db, g -> typed(g, RESULT));
  }
}
