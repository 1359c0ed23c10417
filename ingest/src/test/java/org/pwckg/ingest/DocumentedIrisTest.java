package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.Fixtures.IRIS;
import static org.pwckg.ingest.Fixtures.realData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ingest.figures.FigureIngest;
import org.pwckg.ingest.figures.FigureOptions;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * IRIs are the public contract: every example in docs/IRIS.md is an IRI the ingest mints from the
 * real slices in testdata/pwc, so the documentation and the code cannot drift apart.
 */
class DocumentedIrisTest {
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern IRI_PATH = Pattern.compile("[a-z-]+/\\S+");

  @TempDir static Path dir;
  static Path db;

  @BeforeAll
  static void ingestTheRealSlicesAndFigures() throws IOException {
    db = dir.resolve("db");
    List<Path> dumps = new ArrayList<>();
    try (var files = Files.list(realData())) {
      files.filter(p -> p.toString().endsWith(".json.gz")).sorted().forEach(dumps::add);
    }
    Ingest.run(IngestOptions.of(db, dumps));
    FigureIngest.run(FigureOptions.of(db, realData().resolve("figures")));
  }

  /** The examples column of the patterns table; "…/x" is relative to the example before it. */
  static List<String> documentedExamples() throws IOException {
    Path doc = realData().getParent().getParent().resolve("docs").resolve("IRIS.md");
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(doc)) {
      String[] cells = line.split("\\|");
      if (cells.length < 5 || !line.startsWith("| ") || cells[4].isBlank()) continue;
      String previous = null;
      Matcher m = CODE.matcher(cells[4]);
      while (m.find()) {
        String example = m.group(1);
        if (example.startsWith("…/") && previous != null)
          example = previous.substring(0, previous.lastIndexOf('/')) + example.substring(1);
        if (!example.contains("…") && IRI_PATH.matcher(example).matches()) out.add(example);
        previous = example;
      }
    }
    return out;
  }

  @Test
  void every_example_in_the_iri_documentation_is_an_iri_the_ingest_mints() throws IOException {
    List<String> examples = documentedExamples();
    assertThat(examples)
        .hasSizeGreaterThan(25)
        .contains("result/question-answering/squad1-1/b8b2b6376b508179");
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    List<String> missing =
        Txn.calculateRead(
            dsg, () -> examples.stream().filter(e -> !inGraph(dsg, IRIS.node(e))).toList());
    assertThat(missing).isEmpty();
  }

  @Test
  void a_repeated_row_is_its_occurrence_hashed_with_model_and_paper_as_documented() {
    Node table = IRIS.evaluationTable("Question Answering", "SQuAD1.1");
    String model = "Conductor-net (ensemble)";
    String paper = "https://arxiv.org/abs/1710.10504";
    assertThat(IRIS.result(table, model, paper).getURI())
        .isEqualTo(IRIS.base() + "result/question-answering/squad1-1/9c0b6cfe0d7cd6e0");
    assertThat(IRIS.result(table, model, paper, 2).getURI())
        .isEqualTo(IRIS.base() + "result/question-answering/squad1-1/b8b2b6376b508179");
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    assertThat(
            Txn.calculateRead(
                dsg,
                () ->
                    dsg.getDefaultGraph()
                        .find(IRIS.result(table, model, paper, 2), Vocab.TYPE, Node.ANY)
                        .hasNext()))
        .isTrue();
  }

  private static boolean inGraph(DatasetGraph dsg, Node iri) {
    return dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()
        || dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).hasNext()
        || dsg.find(iri, Node.ANY, Node.ANY, Node.ANY).hasNext();
  }
}
