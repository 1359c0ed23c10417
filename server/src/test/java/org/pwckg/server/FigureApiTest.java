package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pwckg.embed.TestVectors;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.EmbedJob;
import org.pwckg.embed.job.EmbedJobOptions;
import org.pwckg.embed.job.ProgressListener;
import org.pwckg.embed.model.BundledModel;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.vl.VlModel;
import org.pwckg.ingest.figures.FigureIngest;
import org.pwckg.ingest.figures.FigureOptions;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * The figure API over the real archive and its 46 real figures: files and thumbnails, search by
 * caption with the real text model, and search by image over DeepSeek-VL vectors the test plants
 * (real ones are made on a GPU) for two figures only.
 */
class FigureApiTest {
  static final Path FIGURES = TestDatabase.realData().resolve("figures");
  static final String EMBEDDED = "2402.13561.jpg";
  static final String NEIGHBOUR = "2405.18106.png";
  static final String NOT_EMBEDDED = "2211.08788.jpg";
  @RegisterExtension static final LiveServer server = LiveServer.on(FigureApiTest::prepare, c -> c);

  static Path prepare() {
    Path db = TestDatabase.fresh();
    FigureIngest.run(FigureOptions.of(db, FIGURES));
    try {
      embedCaptions(db);
      plantImageVectors(db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return db;
  }

  static void embedCaptions(Path db) throws IOException {
    List<EmbedDoc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(FIGURES.resolve("figures.jsonl"))) {
      JsonNode f = new ObjectMapper().readTree(line);
      if (!f.get("caption").isNull())
        docs.add(new EmbedDoc(iri(f.get("file").asText()), f.get("caption").asText()));
    }
    int cores = Runtime.getRuntime().availableProcessors();
    try (OnnxEmbedder minilm =
            OnnxEmbedder.bundled(
                BundledModel.defaultCacheRoot(), new EmbedderOptions(cores, cores, 8));
        VectorIndex index =
            VectorIndex.open(
                DatabaseLayout.figureCaptionVectors(db),
                new IndexTag(minilm.modelId(), minilm.dimension()),
                false)) {
      new EmbedJob(minilm, index, EmbedJobOptions.defaults(), ProgressListener.NONE)
          .run(docs.iterator(), docs.size());
    }
  }

  /** Two figures 0.9 apart and one paper vector; every other figure has no image vector. */
  static void plantImageVectors(Path db) throws IOException {
    VlModel m = VlModel.V1_3B;
    try (VectorIndex index =
        VectorIndex.open(
            DatabaseLayout.visionVectors(db, m.size()),
            new IndexTag(m.modelId(), m.dimension()),
            false)) {
      Random rng = new Random(5);
      float[] a = TestVectors.unit(rng, VlModel.V1_3B.dimension(), null);
      index.upsert(iri(EMBEDDED), a, "h");
      index.upsert(iri(NEIGHBOUR), TestVectors.unit(rng, VlModel.V1_3B.dimension(), a), "h");
      index.upsert(
          Iris.DEFAULT.paper("some-paper").getURI(),
          TestVectors.unit(rng, VlModel.V1_3B.dimension(), a),
          "h");
      index.commit();
    }
  }

  static String sha(String file) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(Files.readAllBytes(FIGURES.resolve(file))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String iri(String file) {
    return Iris.DEFAULT.figure(sha(file)).getURI();
  }

  static HttpResponse<String> upload(String contentType, byte[] body) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/search/by-image?limit=5")))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void a_figure_file_is_served_byte_for_byte_with_the_media_type_of_its_content()
      throws IOException {
    HttpResponse<byte[]> r = server.getBytes("/figures/" + sha(EMBEDDED));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/jpeg"));
    assertThat(r.body()).isEqualTo(Files.readAllBytes(FIGURES.resolve(EMBEDDED)));
  }

  @Test
  void a_thumbnail_is_a_png_that_fits_320_pixels() throws IOException {
    HttpResponse<byte[]> r = server.getBytes("/figures/" + sha(EMBEDDED) + "/thumbnail");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
    BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(320);
  }

  @Test
  void an_unknown_or_malformed_figure_id_is_404() {
    assertThat(server.getBytes("/figures/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    assertThat(server.getBytes("/figures/not-a-checksum/thumbnail").statusCode()).isEqualTo(404);
  }

  @Test
  void text_finds_figures_by_caption_and_says_the_signal_was_caption_text() {
    JsonNode a =
        server.json(
            "/api/v1/search/figures?q="
                + LiveServer.encode("misspelled Chinese characters typed with an input method"),
            200);
    assertThat(a.get("signal").asText()).isEqualTo("caption-text");
    JsonNode first = a.get("figures").get(0);
    assertThat(first.get("id").asText()).isEqualTo(sha(NOT_EMBEDDED));
    assertThat(first.get("caption").asText()).contains("SIGHAN");
    assertThat(first.get("papers").get(0).get("title").asText()).startsWith("CSCD-NS");
    assertThat(first.get("thumbnail_url").asText())
        .isEqualTo("/figures/" + sha(NOT_EMBEDDED) + "/thumbnail");
  }

  @Test
  void figure_search_without_a_query_is_400() {
    server.json("/api/v1/search/figures", 400);
  }

  @Test
  void an_uploaded_embedded_figure_finds_itself_then_its_nearest_figure_by_image_content()
      throws IOException {
    HttpResponse<String> r = upload("image/jpeg", Files.readAllBytes(FIGURES.resolve(EMBEDDED)));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = json(r);
    assertThat(a.get("signal").asText()).isEqualTo("image-content");
    assertThat(a.get("figures"))
        .extracting(f -> f.get("id").asText())
        .containsExactly(sha(EMBEDDED), sha(NEIGHBOUR));
    assertThat(a.get("figures").get(1).get("papers").get(0).get("id").asText())
        .isEqualTo("a-unified-temporal-knowledge-graph-reasoning-model-towards");
  }

  @Test
  void an_image_without_gpu_embeddings_is_409_with_the_reason_and_the_command_to_run()
      throws IOException {
    HttpResponse<String> r =
        upload("image/jpeg", Files.readAllBytes(FIGURES.resolve(NOT_EMBEDDED)));
    assertThat(r.statusCode()).isEqualTo(409);
    JsonNode e = json(r);
    assertThat(e.get("message").asText()).contains("needs the DeepSeek-VL model on a GPU");
    assertThat(e.get("hint").asText()).contains("pwckg embed", "--engine deepseek-vl");
  }

  @Test
  void an_error_hint_names_the_command_but_not_the_servers_database_path() throws IOException {
    HttpResponse<String> r =
        upload("image/jpeg", Files.readAllBytes(FIGURES.resolve(NOT_EMBEDDED)));
    assertThat(r.body())
        .contains("pwckg embed --db DB")
        .doesNotContain(server.db().toString())
        .doesNotContain(server.db().toAbsolutePath().getParent().toString());
  }

  @Test
  void an_upload_that_is_not_an_image_is_415() throws IOException {
    HttpResponse<String> r = upload("image/png", "not an image".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).get("message").asText()).contains("not an image");
  }

  @Test
  void an_upload_of_another_type_is_415_before_it_is_read() {
    assertThat(upload("text/plain", new byte[] {1, 2, 3}).statusCode()).isEqualTo(415);
  }

  @Test
  void an_upload_as_a_form_field_works_like_a_raw_body() throws IOException {
    byte[] image = Files.readAllBytes(FIGURES.resolve(EMBEDDED));
    String boundary = "pwckg-test-boundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"f.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + image.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(image, 0, body, head.length, image.length);
    System.arraycopy(tail, 0, body, head.length + image.length, tail.length);
    HttpResponse<String> r = upload("multipart/form-data; boundary=" + boundary, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).get("figures").get(0).get("id").asText()).isEqualTo(sha(EMBEDDED));
  }

  @Test
  void the_openapi_document_describes_the_figure_search() {
    JsonNode paths = server.json("/api/v1/openapi.json", 200).get("paths");
    assertThat(paths.has("/search/figures")).isTrue();
    assertThat(paths.get("/search/by-image").get("post").get("responses").has("409")).isTrue();
  }

  @Test
  void related_papers_blend_in_a_paper_whose_figure_looks_like_this_papers_figure() {
    JsonNode related =
        server.json(
            "/api/v1/papers/cognitive-visual-language-mapper-advancing-multimodal-comprehension-with/related?k=10",
            200);
    String text = related.toString();
    assertThat(text)
        .contains(
            "a-unified-temporal-knowledge-graph-reasoning-model-towards", "similar figure (cosine");
  }

  @Test
  void related_papers_of_a_paper_without_figure_vectors_have_no_figure_signal() {
    JsonNode related =
        server.json(
            "/api/v1/papers/cscd-ns-a-chinese-spelling-check-dataset-for/related?k=10", 200);
    assertThat(related.toString()).doesNotContain("similar figure");
  }
}
