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
import org.pwckg.embed.model.BundledModel;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import picocli.CommandLine;

/** {@code pwckg embed} over a TDB2 database holding the first 20 real papers of the PWC sample. */
class EmbedCommandTest {
  private static final int PAPERS = 20;

  @TempDir Path db;

  private static final String DEFAULT = "all-MiniLM-L6-v2@int8-128";
  private static final String FP32 = "all-MiniLM-L6-v2@fp32";

  @BeforeEach
  void loadPapers() throws IOException {
    addPapers(0, PAPERS);
  }

  /** Papers {@code from} (inclusive) to {@code to} (exclusive) of the real sample. */
  private void addPapers(int from, int to) throws IOException {
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
            for (int i = from; i < to; i++) add(graph, papers.get(i));
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
    return run(extra).exit();
  }

  private CliTest.Run run(String... extra) {
    String[] args = new String[3 + extra.length];
    args[0] = "embed";
    args[1] = "--db";
    args[2] = db.toString();
    System.arraycopy(extra, 0, args, 3, extra.length);
    return CliTest.run(args);
  }

  private IndexTag vectorTag() {
    return IndexTag.recorded(db.resolve("vectors")).orElseThrow();
  }

  private int vectors(String modelId) {
    try (VectorIndex index =
        VectorIndex.open(db.resolve("vectors"), new IndexTag(modelId, 384), false)) {
      return index.size();
    }
  }

  /** A database embedded before the default changed: with the fp32 model, as its own directory. */
  private void embedWithFp32() {
    Path fp32 =
        BundledModel.MINILM_FP32.extract(BundledModel.defaultCacheRoot()).onnx().getParent();
    assertThat(embed("--model-dir", fp32.toString())).isZero();
    assertThat(vectorTag().modelId()).isEqualTo(FP32);
  }

  @Test
  void every_paper_gets_a_vector_of_the_default_model_under_db_vectors() {
    assertThat(embed()).isZero();
    assertThat(vectorTag().modelId()).isEqualTo(DEFAULT);
    assertThat(vectors(DEFAULT)).isEqualTo(PAPERS);
  }

  @Test
  void a_second_run_embeds_nothing_and_keeps_the_index() {
    assertThat(embed()).isZero();
    assertThat(embed("--batch", "2", "--threads", "1")).isZero();
    assertThat(vectors(DEFAULT)).isEqualTo(PAPERS);
  }

  @Test
  void new_papers_of_a_database_embedded_with_fp32_are_embedded_with_fp32_and_the_rebuild_named()
      throws IOException {
    embedWithFp32();
    addPapers(PAPERS, PAPERS + 5);
    CliTest.Run r = run();
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("were made with " + FP32)
        .contains("pwckg embed --db " + db + " --rebuild")
        .contains("Embedded 5 papers (" + PAPERS + " unchanged) with " + FP32);
    assertThat(vectors(FP32)).isEqualTo(PAPERS + 5);
  }

  @Test
  void rebuild_moves_a_database_embedded_with_fp32_to_the_default_model() {
    embedWithFp32();
    CliTest.Run r = run("--rebuild");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("were made with");
    assertThat(vectorTag().modelId()).isEqualTo(DEFAULT);
    assertThat(vectors(DEFAULT)).isEqualTo(PAPERS);
  }

  @Test
  void a_missing_database_is_bad_input_like_in_every_command() {
    assertThat(new CommandLine(new EmbedCommand()).execute("--db", db.resolve("nope").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
  }
}
