package org.pwckg.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ingest.IngestException;

class DumpFilesTest {
  @TempDir Path dir;

  @Test
  void a_folder_gives_its_dump_files_in_dependency_order() throws IOException {
    for (String name :
        List.of(
            "evaluation-tables.json.gz",
            "links-between-papers-and-code.json",
            "datasets.json.gz",
            "methods.json.gz",
            "papers-with-abstracts.json.gz",
            "README.md",
            "figures.jsonl")) {
      Files.writeString(dir.resolve(name), "[]");
    }
    assertThat(DumpFiles.resolve(List.of(dir)))
        .extracting(DumpFile::kind)
        .containsExactly(
            DumpKind.PAPERS,
            DumpKind.METHODS,
            DumpKind.DATASETS,
            DumpKind.LINKS,
            DumpKind.EVALUATION_TABLES);
  }

  @Test
  void files_named_on_the_command_line_are_put_in_dependency_order_too() throws IOException {
    Path links = Files.writeString(dir.resolve("links-between-papers-and-code.json.gz"), "[]");
    Path papers = Files.writeString(dir.resolve("papers-with-abstracts-2025-07.json"), "[]");
    assertThat(DumpFiles.resolve(List.of(links, papers)))
        .extracting(DumpFile::path)
        .containsExactly(papers, links);
  }

  @Test
  void a_file_that_is_not_named_like_a_dump_is_refused() throws IOException {
    Path other = Files.writeString(dir.resolve("papers.csv"), "");
    assertThatThrownBy(() -> DumpFiles.resolve(List.of(other)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("papers.csv");
  }
}
