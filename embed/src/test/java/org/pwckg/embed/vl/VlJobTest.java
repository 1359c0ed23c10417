package org.pwckg.embed.vl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;

/**
 * The Java side of the DeepSeek-VL path (export, worker process, checks, import, resume) with a
 * stand-in worker that writes vectors the test chooses; the real worker needs a GPU (gpu_check.py).
 */
class VlJobTest {
  @TempDir Path dir;
  VectorIndex index;
  final List<String> log = new ArrayList<>();

  @BeforeEach
  void openIndex() {
    index =
        VectorIndex.open(dir.resolve("index"), new IndexTag(VlModel.V1_3B.modelId(), 2048), false);
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  VlJob.Result run(List<VlRow> rows, String... fakeArgs) {
    return new VlJob(VlFixtures.options(dir.resolve("work"), fakeArgs), index, log::add).run(rows);
  }

  @Test
  void every_paper_and_figure_gets_a_unit_vector_in_the_index() {
    List<VlRow> rows = VlFixtures.papersAndFigures(3);
    VlJob.Result result = run(rows);
    assertThat(result.exported()).isEqualTo(6);
    assertThat(result.imported()).isEqualTo(6);
    assertThat(index.size()).isEqualTo(6);
    float[] v = index.vectorOf(rows.get(1).id()).orElseThrow();
    double norm = 0;
    for (float x : v) norm += x * x;
    assertThat(norm).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void vectors_wider_than_lucenes_default_limit_read_back_after_reopening() {
    List<VlRow> rows = VlFixtures.papersAndFigures(2);
    run(rows);
    index.close();
    index =
        VectorIndex.open(dir.resolve("index"), new IndexTag(VlModel.V1_3B.modelId(), 2048), false);
    assertThat(index.size()).isEqualTo(4);
    float[] v = index.vectorOf(rows.get(0).id()).orElseThrow();
    assertThat(index.search(v, 1)).extracting(h -> h.id()).containsExactly(rows.get(0).id());
  }

  @Test
  void a_figure_finds_the_paper_planted_next_to_it_across_modalities() {
    List<VlRow> rows = new ArrayList<>(VlFixtures.papersAndFigures(3));
    VlRow paper = rows.get(2);
    VlRow figure = VlRow.image("figure:planted", paper.text(), rows.get(1).image());
    rows.add(figure);
    run(rows);
    float[] query = index.vectorOf(figure.id()).orElseThrow();
    assertThat(index.search(query, 2))
        .extracting(h -> h.id())
        .containsExactlyInAnyOrder(figure.id(), paper.id());
  }

  @Test
  void a_second_run_with_nothing_changed_starts_no_worker() {
    List<VlRow> rows = VlFixtures.papersAndFigures(2);
    run(rows);
    VlJob.Result again = run(rows, "--mode", "exit-4");
    assertThat(again.exported()).isZero();
    assertThat(again.current()).isEqualTo(4);
  }

  @Test
  void only_a_row_whose_caption_changed_is_embedded_again() {
    List<VlRow> rows = new ArrayList<>(VlFixtures.papersAndFigures(2));
    run(rows);
    VlRow figure = rows.get(1);
    rows.set(1, VlRow.image(figure.id(), "A new caption.", figure.image()));
    VlJob.Result again = run(rows);
    assertThat(again.exported()).isEqualTo(1);
    assertThat(again.imported()).isEqualTo(1);
  }

  @Test
  void a_killed_worker_is_resumed_from_its_last_chunk_with_the_same_export() {
    List<VlRow> rows = VlFixtures.papersAndFigures(3);
    assertThatThrownBy(() -> run(rows, "--mode", "fail-after-1"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("exit 1");
    assertThat(index.size()).isZero();
    log.clear();
    assertThat(run(rows).imported()).isEqualTo(6);
    assertThat(log)
        .contains("pwckg-vl INFO computed chunk 1", "pwckg-vl INFO computed chunk 2")
        .doesNotContain("pwckg-vl INFO computed chunk 0");
  }

  @Test
  void a_nan_from_the_worker_is_rejected_and_nothing_is_imported() {
    assertThatThrownBy(() -> run(VlFixtures.papersAndFigures(2), "--mode", "nan"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("NaN or infinite value at 3");
    assertThat(index.size()).isZero();
  }

  @Test
  void a_vector_that_is_not_unit_length_is_rejected() {
    assertThatThrownBy(() -> run(VlFixtures.papersAndFigures(2), "--mode", "not-unit"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("is not unit length");
  }

  @Test
  void a_wrong_dimension_is_rejected() {
    assertThatThrownBy(() -> run(VlFixtures.papersAndFigures(2), "--mode", "wrong-dim"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("dimension 2049, expected 2048");
  }

  @Test
  void a_row_whose_id_is_not_the_exported_one_is_rejected() {
    assertThatThrownBy(() -> run(VlFixtures.papersAndFigures(2), "--mode", "wrong-id"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("row 1 is")
        .hasMessageContaining("-other, expected");
  }

  @Test
  void output_that_stops_early_is_rejected_as_unfinished() {
    assertThatThrownBy(() -> run(VlFixtures.papersAndFigures(2), "--mode", "partial"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("Chunk 1 is missing");
    assertThat(index.size()).isZero();
  }

  @Test
  void a_worker_exit_code_is_explained() {
    assertThatThrownBy(() -> run(VlFixtures.papersAndFigures(1), "--mode", "exit-4"))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("exit 4")
        .hasMessageContaining("GPU is unusable");
    assertThat(log).contains("pwckg-vl ERROR no CUDA device");
  }

  @Test
  void a_worker_over_its_time_limit_is_stopped() {
    VlJob.Options quick =
        new VlJob.Options(
            VlModel.V1_3B,
            dir,
            dir.resolve("work"),
            "python3",
            VlFixtures.fakeWorker(),
            java.time.Duration.ofSeconds(2),
            List.of("--mode", "sleep"),
            VlJob.Stage.ALL);
    assertThatThrownBy(() -> new VlJob(quick, index, log::add).run(VlFixtures.papersAndFigures(1)))
        .isInstanceOf(VlException.class)
        .hasMessageContaining("time limit");
  }

  @Test
  void the_export_stage_writes_the_rows_and_the_worker_command_without_running_it() {
    VlJob.Options export =
        new VlJob.Options(
            VlModel.V1_3B,
            dir.resolve("model"),
            dir.resolve("work"),
            "python3",
            null,
            java.time.Duration.ofSeconds(60),
            List.of(),
            VlJob.Stage.EXPORT);
    VlJob.Result result = new VlJob(export, index, log::add).run(VlFixtures.papersAndFigures(1));
    assertThat(result.exported()).isEqualTo(2);
    assertThat(result.workerCommand()).contains("--model", "1.3b", "--restart");
    assertThat(dir.resolve("work/worker/pwckg_vl_worker.py")).isRegularFile();
    assertThat(dir.resolve("work/input.jsonl")).isRegularFile();
    assertThat(index.size()).isZero();
  }

  @Test
  void an_index_of_another_model_is_refused() {
    VlJob.Options seven =
        new VlJob.Options(
            VlModel.V7B,
            dir,
            dir,
            "python3",
            null,
            java.time.Duration.ofSeconds(1),
            List.of(),
            VlJob.Stage.ALL);
    assertThatThrownBy(() -> new VlJob(seven, index, log::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deepseek-vl-7b@e5v-v1");
  }
}
