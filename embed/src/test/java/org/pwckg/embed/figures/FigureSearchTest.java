package org.pwckg.embed.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.RealData;
import org.pwckg.embed.TestModels;
import org.pwckg.embed.TestVectors;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorHit;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.job.EmbedJob;
import org.pwckg.embed.job.EmbedJobOptions;
import org.pwckg.embed.job.ProgressListener;
import org.pwckg.embed.model.OnnxEmbedder;
import org.pwckg.embed.vl.VlModel;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * Figure search: by caption with the real text model over the real captions; by image content over
 * a DeepSeek-VL index holding vectors the test makes (real ones need a GPU).
 */
class FigureSearchTest {
  static final Predicate<String> IS_FIGURE = id -> id.startsWith("figure:");
  @TempDir static Path db;
  static OnnxEmbedder minilm;
  static FigureSearch search;

  @BeforeAll
  static void embedCaptionsAndPlantImageVectors() throws IOException {
    minilm = TestModels.minilm();
    List<EmbedDoc> captions = new ArrayList<>();
    for (String line : Files.readAllLines(RealData.pwc().resolve("figures/figures.jsonl"))) {
      JsonNode f = new ObjectMapper().readTree(line);
      if (!f.get("caption").isNull())
        captions.add(new EmbedDoc("figure:" + f.get("file").asText(), f.get("caption").asText()));
    }
    try (VectorIndex index =
        VectorIndex.open(
            DatabaseLayout.figureCaptionVectors(db),
            new IndexTag(minilm.modelId(), minilm.dimension()),
            false)) {
      new EmbedJob(minilm, index, EmbedJobOptions.defaults(), ProgressListener.NONE)
          .run(captions.iterator(), captions.size());
    }
    VlModel m = VlModel.V1_3B;
    try (VectorIndex images =
        VectorIndex.open(
            DatabaseLayout.visionVectors(db, m.size()),
            new IndexTag(m.modelId(), m.dimension()),
            false)) {
      Random rng = new Random(3);
      float[] a = TestVectors.unit(rng, VlModel.V1_3B.dimension(), null);
      images.upsert("figure:a", a, "h");
      images.upsert("figure:near-a", TestVectors.unit(rng, VlModel.V1_3B.dimension(), a), "h");
      images.upsert("paper:near-a", TestVectors.unit(rng, VlModel.V1_3B.dimension(), a), "h");
      for (int i = 0; i < 20; i++)
        images.upsert(
            "figure:other-" + i, TestVectors.unit(rng, VlModel.V1_3B.dimension(), null), "h");
      images.commit();
    }
    search = FigureSearch.open(db, minilm);
  }

  @AfterAll
  static void close() {
    search.close();
    minilm.close();
  }

  @Test
  void text_finds_a_figure_by_its_caption_and_says_so() {
    FigureSearch.Answer answer =
        search.byText("misspelled Chinese characters typed with an input method", 3);
    assertThat(answer.signal().label()).isEqualTo("caption-text");
    assertThat(answer.hits().get(0).id()).isEqualTo("figure:2211.08788.jpg");
  }

  @Test
  void an_embedded_figure_finds_itself_then_its_nearest_figure_and_never_a_paper() {
    FigureSearch.Answer answer = search.byImage("figure:a", 3, IS_FIGURE);
    assertThat(answer.signal().label()).isEqualTo("image-content");
    assertThat(answer.hits())
        .extracting(VectorHit::id)
        .startsWith("figure:a", "figure:near-a")
        .hasSize(3)
        .allMatch(IS_FIGURE);
  }

  @Test
  void figures_like_a_papers_own_figures_leave_those_out() {
    assertThat(search.likeFigures(List.of("figure:a"), 2, IS_FIGURE))
        .extracting(VectorHit::id)
        .startsWith("figure:near-a")
        .doesNotContain("figure:a");
  }

  @Test
  void an_image_that_was_never_embedded_is_refused_with_the_command_that_would_embed_it() {
    assertThatThrownBy(() -> search.byImage("figure:new", 3, IS_FIGURE))
        .isInstanceOf(ImageSearchUnavailable.class)
        .hasMessageContaining("needs the DeepSeek-VL model on a GPU")
        .satisfies(
            e ->
                assertThat(((ImageSearchUnavailable) e).command())
                    .contains("--engine deepseek-vl"));
  }

  @Test
  void without_any_vectors_text_search_says_what_to_run_and_image_search_is_refused(
      @TempDir Path empty) {
    try (FigureSearch none = FigureSearch.open(empty, minilm)) {
      FigureSearch.Answer answer = none.byText("anything", 3);
      assertThat(answer.hits()).isEmpty();
      assertThat(answer.note()).contains("pwckg embed");
      assertThat(none.hasImageVectors()).isFalse();
      assertThatThrownBy(() -> none.byImage("figure:a", 3, IS_FIGURE))
          .isInstanceOf(ImageSearchUnavailable.class)
          .hasMessageContaining("made on a GPU");
    }
  }
}
