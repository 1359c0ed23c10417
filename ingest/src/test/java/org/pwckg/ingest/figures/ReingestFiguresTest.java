package org.pwckg.ingest.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pwckg.ingest.figures.FigureFixtures.*;
import static org.pwckg.ontology.Vocab.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;

/**
 * Running the figures again gives the same graph and store; a changed caption replaces the old one.
 */
class ReingestFiguresTest {
  private static final String FILE = "2405.18106.png";
  @TempDir Path dir;

  private Path manifest(String caption) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("m-" + Math.abs(caption.hashCode())));
    String image = realFigures().resolve(FILE).toAbsolutePath().toString();
    Files.writeString(
        folder.resolve("figures.jsonl"),
        "{\"arxiv_id\": \"2405.18106\", \"paper_url\": null, "
            + "\"file\": \""
            + image
            + "\", \"caption\": \""
            + caption
            + "\"}\n");
    return folder;
  }

  private static long triples(Path db) {
    return inGraph(db, g -> (long) g.size());
  }

  private static long storedFiles(Path db) throws IOException {
    try (Stream<Path> files = Files.walk(db.resolve("figures"))) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void a_second_run_changes_neither_graph_nor_store() throws IOException {
    Path db = dir.resolve("db");
    ingestPapers(db);
    FigureIngest.run(FigureOptions.of(db, realFigures()));
    long triples = triples(db);
    long files = storedFiles(db);
    FigureResult again = FigureIngest.run(FigureOptions.of(db, realFigures()));
    assertThat(again.newFiles()).isZero();
    assertThat(triples(db)).isEqualTo(triples);
    assertThat(storedFiles(db)).isEqualTo(files).isEqualTo(2 * 46);
  }

  @Test
  void a_new_caption_replaces_the_old_one() throws IOException {
    Path db = dir.resolve("db");
    ingestPapers(db);
    FigureIngest.run(FigureOptions.of(db, manifest("Old caption.")));
    FigureIngest.run(FigureOptions.of(db, manifest("New caption.")));
    Node f = Iris.DEFAULT.figure(sha256(realFigures().resolve(FILE)));
    List<Node> captions = inGraph(db, g -> objects(g, f, CAPTION));
    assertThat(captions).extracting(Node::getLiteralLexicalForm).containsExactly("New caption.");
  }

  @Test
  void a_figure_is_matched_by_arxiv_id_when_the_manifest_has_no_paper_url() throws IOException {
    Path db = dir.resolve("db");
    ingestPapers(db);
    FigureIngest.run(FigureOptions.of(db, manifest("Caption.")));
    Node f = Iris.DEFAULT.figure(sha256(realFigures().resolve(FILE)));
    List<Node> papers = inGraph(db, g -> objects(g, f, IS_PART_OF));
    assertThat(papers)
        .extracting(Node::getURI)
        .containsExactly(
            "https://w3id.org/pwckg/paper/a-unified-temporal-knowledge-graph-reasoning-model-towards");
  }
}
