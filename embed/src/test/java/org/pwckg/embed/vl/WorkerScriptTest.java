package org.pwckg.embed.vl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real worker as the jar ships it: it starts, and without torch or a GPU it says why and exits
 * 4.
 */
class WorkerScriptTest {
  @TempDir Path dir;

  @Test
  void the_bundled_worker_starts_and_explains_its_arguments() throws Exception {
    Path script = WorkerScript.extract(dir.resolve("worker"));
    Process p =
        new ProcessBuilder("python3", script.toString(), "--help")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).isZero();
    assertThat(out).contains("--model-dir", "--model {1.3b,7b}", "--chunk-size");
  }

  @Test
  void the_real_worker_on_this_machine_fails_with_exit_4_and_a_reason() throws IOException {
    Path work = dir.resolve("work");
    List<VlRow> rows = VlExportTest.fixtureRows(work);
    VlExport.Exported export = VlExport.write(work, rows);
    List<String> log = new ArrayList<>();
    VlWorker worker =
        new VlWorker(
            VlWorker.command(
                "python3",
                WorkerScript.extract(work.resolve("worker")),
                List.of(
                    "--input",
                    export.file().toString(),
                    "--out",
                    work.resolve("vectors").toString(),
                    "--model-dir",
                    dir.resolve("no-model").toString())),
            Duration.ofMinutes(2),
            log::add);
    // No torch here (or, where there is, no CUDA device or no weights): the worker stops before any
    // work.
    assertThatThrownBy(worker::run).isInstanceOf(VlException.class).hasMessageContaining("exit 4");
    assertThat(String.join("\n", log))
        .containsAnyOf("missing Python package", "no CUDA device", "no config.json");
    assertThat(Files.exists(work.resolve("vectors"))).isFalse();
  }
}
