package org.pwckg.embed.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the bundled model in a fresh JVM, as a first run on a new machine would: empty caches, no
 * DJL settings from outside (the surefire ones are not passed on), every http(s) URL refused.
 */
class OfflineLoadingTest {
  @TempDir static Path cache;
  private static List<String> attempts;

  @BeforeAll
  static void runProbe() throws IOException, InterruptedException {
    Path report = cache.resolve("attempts.txt");
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                OfflineProbe.class.getName(),
                cache.resolve("root").toString(),
                report.toString())
            .redirectErrorStream(true)
            .redirectOutput(cache.resolve("probe.log").toFile());
    builder.environment().remove("OPT_OUT_TRACKING");
    Process probe = builder.start();
    assertThat(probe.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(probe.exitValue()).as(Files.readString(cache.resolve("probe.log"))).isZero();
    attempts = Files.readAllLines(report);
  }

  @Test
  void loading_and_running_the_model_opens_no_url() {
    assertThat(attempts).isEmpty();
  }

  @Test
  void djl_only_unpacks_the_tokenizer_library_from_its_jar() throws IOException {
    try (Stream<Path> files = Files.walk(cache.resolve("root").resolve("djl"))) {
      List<String> names =
          files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
      assertThat(names).containsExactly(System.mapLibraryName("tokenizers"));
    }
  }

  @Test
  void only_the_default_bundled_model_is_extracted_into_the_cache() throws IOException {
    try (Stream<Path> dirs = Files.list(cache.resolve("root").resolve("models"))) {
      assertThat(dirs.map(dir -> ModelFiles.fromDir(dir).config().id()))
          .containsExactly("all-MiniLM-L6-v2@int8-128");
    }
  }
}
