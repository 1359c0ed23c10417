package org.pwckg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import picocli.CommandLine;

/** {@code pwckg embed} over a TDB2 database holding the first 20 real papers of the PWC sample. */
class EmbedCommandTest {
  private static final int PAPERS = 20;

  @TempDir Path db;

  @BeforeEach
  void loadPapers() throws IOException {
    Path file =
        Path.of(
            System.getProperty("pwckg.testdata", "../testdata"),
            "pwc",
            "papers-with-abstracts.json.gz");
    Dataset dataset = TDB2Factory.connectDataset(db.toString());
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      JsonNode papers = new ObjectMapper().readTree(in);
      dataset.executeWrite(
          () -> {
            Graph graph = dataset.asDatasetGraph().getDefaultGraph();
            for (int i = 0; i < PAPERS; i++) add(graph, papers.get(i));
          });
    }
  }

  private static void add(Graph graph, JsonNode paper) {
    Node p = Iris.DEFAULT.paper(Iris.pwcPaperSlug(paper.path("paper_url").asText()).orElseThrow());
    graph.add(p, RDF.type.asNode(), Vocab.PAPER);
    graph.add(p, Vocab.TITLE, NodeFactory.createLiteralString(paper.path("title").asText()));
    if (paper.hasNonNull("abstract"))
      graph.add(
          p, Vocab.ABSTRACT, NodeFactory.createLiteralString(paper.path("abstract").asText()));
  }

  private int embed(String... extra) {
    String[] args = new String[2 + extra.length];
    args[0] = "--db";
    args[1] = db.toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    return new CommandLine(new EmbedCommand()).execute(args);
  }

  @Test
  void every_paper_gets_a_vector_under_db_vectors() {
    assertThat(embed()).isZero();
    try (VectorIndex index =
        VectorIndex.open(
            db.resolve("vectors"), new IndexTag("all-MiniLM-L6-v2@fp32", 384), false)) {
      assertThat(index.size()).isEqualTo(PAPERS);
    }
  }

  @Test
  void a_second_run_embeds_nothing_and_keeps_the_index() {
    assertThat(embed()).isZero();
    assertThat(embed("--batch", "2", "--threads", "1")).isZero();
    try (VectorIndex index =
        VectorIndex.open(
            db.resolve("vectors"), new IndexTag("all-MiniLM-L6-v2@fp32", 384), false)) {
      assertThat(index.size()).isEqualTo(PAPERS);
    }
  }

  @Test
  void a_missing_database_is_bad_input_like_in_every_command() {
    assertThat(new CommandLine(new EmbedCommand()).execute("--db", db.resolve("nope").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
  }
}
