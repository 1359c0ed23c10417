package org.pwckg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.generate.profile.DumpNames;

class GeneratorDeterminismTest {
  private static final int PAPERS = 2000;

  @Test
  void same_seed_gives_byte_identical_files_whatever_the_thread_count(
      @TempDir Path a, @TempDir Path b) throws IOException {
    Map<String, String> first = GeneratedDumps.sha256(GeneratedDumps.generate(a, PAPERS, 7, 2));
    Map<String, String> second = GeneratedDumps.sha256(GeneratedDumps.generate(b, PAPERS, 7, 1));

    assertThat(second).isEqualTo(first);
  }

  @Test
  void another_seed_gives_other_files(@TempDir Path a, @TempDir Path b) throws IOException {
    Map<String, String> first = GeneratedDumps.sha256(GeneratedDumps.generate(a, PAPERS, 7, 2));
    Map<String, String> second = GeneratedDumps.sha256(GeneratedDumps.generate(b, PAPERS, 8, 2));

    for (String name : DumpNames.ALL)
      assertThat(second.get(name)).as(name).isNotEqualTo(first.get(name));
  }

  @Test
  void gzip_headers_carry_no_time(@TempDir Path dir) throws IOException {
    GeneratedDumps.generate(dir, 50, 1, 1);

    for (String name : DumpNames.ALL) {
      byte[] head = java.nio.file.Files.readAllBytes(dir.resolve(name));
      assertThat(new byte[] {head[4], head[5], head[6], head[7]}).as(name).containsOnly(0);
    }
  }
}
