package org.pwckg.ingest.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.figures.FigureFixtures.*;
import static org.pwckg.ontology.Vocab.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
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
import org.pwckg.ontology.figures.FigureStore;
import org.pwckg.ontology.figures.ImageFormat;
import org.pwckg.ontology.store.TdbDatabase;

/**
 * Ingests the real papers, then the 46 real figures, and checks graph and store against the files.
 */
class RealFiguresTest {
  private static final Iris IRIS = Iris.DEFAULT;
  @TempDir static Path dir;
  static Path db;
  static FigureResult result;

  @BeforeAll
  static void ingestPapersThenFigures() {
    db = dir.resolve("db");
    ingestPapers(db);
    result = FigureIngest.run(FigureOptions.of(db, realFigures()));
  }

  static List<JsonNode> manifest() throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(realFigures().resolve("figures.jsonl"))) {
      lines.add(new ObjectMapper().readTree(line));
    }
    return lines;
  }

  static Node figureOf(String file) {
    return IRIS.figure(sha256(realFigures().resolve(file)));
  }

  @Test
  void every_line_of_the_real_manifest_becomes_a_figure() {
    assertThat(result.read()).isEqualTo(46);
    assertThat(result.written()).isEqualTo(46);
    assertThat(result.skipped()).isZero();
    assertThat(result.distinctImages()).isEqualTo(46);
    assertThat(figures(db)).hasSize(46);
  }

  @Test
  void a_png_figure_has_the_size_format_and_checksum_of_its_file() throws IOException {
    Path file = realFigures().resolve("2405.18106.png");
    int[] size = pngSize(file);
    Node f = figureOf("2405.18106.png");
    inGraph(
        db,
        g -> {
          assertThat(objects(g, f, WIDTH))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("" + size[0]);
          assertThat(objects(g, f, HEIGHT))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("" + size[1]);
          assertThat(objects(g, f, ENCODING_FORMAT))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly("image/png");
          assertThat(objects(g, f, SHA256))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly(sha256(file));
          return null;
        });
    long bytes = Files.size(file);
    inGraph(
        db,
        g ->
            assertThat(objects(g, f, CONTENT_SIZE))
                .extracting(Node::getLiteralLexicalForm)
                .containsExactly("" + bytes));
  }

  @Test
  void the_format_comes_from_the_content_not_the_file_name() throws IOException {
    // 2402.13561 was published as ".png" but is a JPEG (the sample renamed it by content).
    byte[] head = Arrays.copyOf(Files.readAllBytes(realFigures().resolve("2402.13561.jpg")), 2);
    assertThat(head).containsExactly(0xFF, 0xD8);
    Node f = figureOf("2402.13561.jpg");
    inGraph(
        db,
        g ->
            assertThat(objects(g, f, ENCODING_FORMAT))
                .extracting(Node::getLiteralLexicalForm)
                .containsExactly("image/jpeg"));
  }

  @Test
  void an_acl_figure_is_part_of_its_paper_with_its_caption() throws IOException {
    JsonNode line = manifest().get(0);
    Node f = figureOf(line.get("file").asText());
    Node paper = IRIS.paper(Iris.pwcPaperSlug(line.get("paper_url").asText()).orElseThrow());
    inGraph(
        db,
        g -> {
          assertThat(objects(g, f, IS_PART_OF)).containsExactly(paper);
          assertThat(objects(g, f, CAPTION))
              .extracting(Node::getLiteralLexicalForm)
              .containsExactly(line.get("caption").asText());
          assertThat(g.contains(paper, TITLE, Node.ANY)).isTrue();
          return null;
        });
  }

  @Test
  void every_acl_figure_is_linked_to_a_paper_of_the_papers_dump() throws IOException {
    for (JsonNode line : manifest()) {
      if (line.get("paper_url").isNull()) continue;
      Node f = figureOf(line.get("file").asText());
      inGraph(db, g -> assertThat(objects(g, f, IS_PART_OF)).as(f.getURI()).hasSize(1));
    }
  }

  @Test
  void ibm_figures_whose_papers_are_not_in_the_dump_are_kept_and_reported() throws IOException {
    assertThat(result.withoutPaper()).isEqualTo(6);
    List<String> lines = reportLines(result.report());
    assertThat(lines)
        .filteredOn(l -> l.contains("field arxiv_id: no paper in the graph"))
        .hasSize(6)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("figures.jsonl line 41 field arxiv_id")
                    .contains("1410.5401"));
    Node f = figureOf("1410.5401-image-2.png");
    inGraph(
        db,
        g -> {
          assertThat(g.contains(f, TYPE, FIGURE)).isTrue();
          assertThat(objects(g, f, IS_PART_OF)).isEmpty();
          assertThat(objects(g, f, CAPTION)).isEmpty();
          return null;
        });
  }

  @Test
  void a_half_written_file_that_a_killed_run_left_is_removed_by_the_next_run(@TempDir Path other)
      throws IOException {
    Path again = other.resolve("db");
    ingestPapers(again);
    FigureIngest.run(FigureOptions.of(again, realFigures()));
    Path stored =
        new FigureStore(again)
            .original(sha256(realFigures().resolve("2405.18106.png")), ImageFormat.PNG);
    // What a SIGKILL inside FigureStore.write leaves: a temporary name beside the stored files.
    Path leftover = Files.write(stored.resolveSibling(".4711.tmp"), new byte[] {(byte) 0x89, 'P'});
    byte[] before = Files.readAllBytes(stored);

    FigureIngest.run(FigureOptions.of(again, realFigures()));

    assertThat(leftover).doesNotExist();
    assertThat(stored).hasBinaryContent(before);
  }

  @Test
  void the_store_holds_each_file_byte_for_byte_under_its_checksum() throws IOException {
    FigureStore store = new FigureStore(db);
    for (JsonNode line : manifest()) {
      Path source = realFigures().resolve(line.get("file").asText());
      FigureStore.Stored stored = store.find(sha256(source)).orElseThrow();
      assertThat(Files.mismatch(source, stored.file())).isEqualTo(-1L);
    }
  }

  @Test
  void each_thumbnail_is_a_png_within_320_pixels_with_the_aspect_of_its_figure()
      throws IOException {
    Path source = realFigures().resolve("2402.13561.jpg"); // 2493×1481
    BufferedImage thumb = ImageIO.read(new FigureStore(db).thumbnail(sha256(source)).toFile());
    assertThat(thumb.getWidth()).isEqualTo(320);
    assertThat(thumb.getHeight()).isEqualTo(Math.round(1481 * 320 / 2493f));
  }

  @Test
  void a_small_figure_keeps_its_size_in_its_thumbnail() throws IOException {
    Path source = realFigures().resolve("1510.03753-image-5.png");
    int[] size = pngSize(source);
    BufferedImage thumb = ImageIO.read(new FigureStore(db).thumbnail(sha256(source)).toFile());
    double scale = Math.min(1.0, 320.0 / Math.max(size[0], size[1]));
    assertThat(thumb.getWidth()).isEqualTo((int) Math.round(size[0] * scale));
  }

  @Test
  void figures_link_their_served_file_and_thumbnail() {
    String sha = sha256(realFigures().resolve("2405.18106.png"));
    Node f = IRIS.figure(sha);
    inGraph(
        db,
        g -> {
          assertThat(objects(g, f, CONTENT_URL)).containsExactly(IRIS.node("figures/" + sha));
          assertThat(objects(g, f, THUMBNAIL_URL))
              .containsExactly(IRIS.node("figures/" + sha + "/thumbnail"));
          return null;
        });
  }

  @Test
  void the_graph_with_figures_conforms_to_the_shapes() {
    ValidationReport report = inGraph(db, OntologyResources::validate);
    assertThat(report.getEntries()).isEmpty();
  }

  @Test
  void the_run_is_recorded_in_the_ingest_graph_with_the_manifest_checksum() {
    String sha = sha256(realFigures().resolve("figures.jsonl"));
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    Node subject = IngestMetadata.subject(IRIS, "figures");
    boolean recorded =
        Txn.calculateRead(
            dsg,
            () ->
                dsg.contains(
                    IngestMetadata.graph(IRIS),
                    subject,
                    SHA256,
                    NodeFactory.createLiteralString(sha)));
    assertThat(recorded).isTrue();
  }
}
