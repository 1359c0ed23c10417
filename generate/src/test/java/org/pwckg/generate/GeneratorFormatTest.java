package org.pwckg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.generate.profile.DumpNames;
import org.pwckg.generate.profile.RealDumps;

/** The generated files have the real files' formats: layouts, types, bytes. */
class GeneratorFormatTest {
  @TempDir static Path dir;
  static RealDumps real;
  static RealDumps generated;

  @BeforeAll
  static void generate() throws IOException {
    GeneratedDumps.generate(dir, 2000, 11, 2);
    real = RealDumps.read(GeneratedDumps.realDir());
    generated = RealDumps.read(dir);
  }

  @Test
  void flat_records_have_exactly_the_real_keys_in_the_real_order() {
    assertThat(layouts("papers", generated.papers())).isEqualTo(layouts("papers", real.papers()));
    assertThat(layouts("links", generated.links())).isEqualTo(layouts("links", real.links()));
    assertThat(layouts("methods", generated.methods()))
        .isEqualTo(layouts("methods", real.methods()));
    assertThat(layouts("datasets", generated.datasets()))
        .isEqualTo(layouts("datasets", real.datasets()));
  }

  @Test
  void every_nested_record_has_a_layout_some_real_record_has() {
    for (Shapes[] pair : pairs()) {
      pair[1].layouts.forEach(
          (path, seen) -> {
            if (pair[0].layouts.containsKey(path))
              assertThat(pair[0].layouts.get(path)).as(path).containsAll(seen);
          });
    }
  }

  @Test
  void the_task_trees_use_both_real_layout_families() {
    Set<String> tasks = Shapes.of("tables", generated.tables()).layouts.get("tables");

    assertThat(tasks)
        .contains("categories,datasets,description,source_link,subtasks,synonyms,task");
    assertThat(tasks.stream().anyMatch(l -> !l.contains("categories"))).isTrue();
  }

  @Test
  void every_field_has_only_value_types_the_real_field_has() {
    for (Shapes[] pair : pairs()) {
      pair[1].types.forEach(
          (field, seen) -> {
            Set<String> realTypes = realTypes(pair[0], field);
            if (realTypes != null) assertThat(realTypes).as(field).containsAll(seen);
          });
    }
  }

  @Test
  void lists_empty_in_the_real_files_hold_pwc_shaped_entries() {
    Shapes s = Shapes.of("datasets", generated.datasets());

    assertThat(s.layouts.get("datasets.tasks[]")).containsExactly("task,url");
    assertThat(s.types.get("datasets.modalities[]")).containsExactly("STRING");
    assertThat(Shapes.of("papers", generated.papers()).types.get("papers.tasks[]"))
        .containsExactly("STRING");
  }

  @Test
  void files_are_laid_out_like_pythons_json_dump() throws IOException {
    for (String name : DumpNames.ALL) {
      String text = GeneratedDumps.text(dir.resolve(name));
      String realText = GeneratedDumps.text(GeneratedDumps.realDir().resolve(name));
      assertThat(text.substring(0, 3)).as(name).isEqualTo(realText.substring(0, 3));
      assertThat(text.contains("\", \"")).as(name).isEqualTo(realText.contains("\", \""));
      assertThat(text.contains("\n")).as(name).isEqualTo(realText.contains("\n"));
      assertThat(text).as(name).endsWith(realText.substring(realText.length() - 2));
    }
  }

  @Test
  void methods_file_is_ascii_with_lower_case_escapes_like_the_real_one() {
    String text = GeneratedDumps.text(dir.resolve(DumpNames.METHODS));

    assertThat(text.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(text).doesNotContainPattern("\\\\u[0-9a-f]{0,3}[A-F]");
  }

  @Test
  void each_file_parses_as_one_json_array() throws IOException {
    for (String name : DumpNames.ALL) {
      JsonNode root = GeneratedDumps.tree(GeneratedDumps.text(dir.resolve(name)));
      assertThat(root.isArray()).as(name).isTrue();
      assertThat(root.size()).as(name).isPositive();
    }
  }

  /**
   * The types a real field shows. Papers embed method records, of which the real papers hold only
   * two; the real methods file shows what those fields may hold.
   */
  private static Set<String> realTypes(Shapes real, String field) {
    Set<String> types = new java.util.TreeSet<>(real.types.getOrDefault(field, Set.of()));
    String embedded = "papers.methods[].";
    if (field.startsWith(embedded)) {
      types.addAll(
          Shapes.of("methods", GeneratorFormatTest.real.methods())
              .types
              .getOrDefault("methods." + field.substring(embedded.length()), Set.of()));
    }
    return types.isEmpty() ? null : types;
  }

  private static Set<String> layouts(String root, List<JsonNode> records) {
    return Shapes.of(root, records).layouts.get(root);
  }

  private static List<Shapes[]> pairs() {
    return List.of(
        new Shapes[] {Shapes.of("papers", real.papers()), Shapes.of("papers", generated.papers())},
        new Shapes[] {Shapes.of("links", real.links()), Shapes.of("links", generated.links())},
        new Shapes[] {Shapes.of("tables", real.tables()), Shapes.of("tables", generated.tables())},
        new Shapes[] {
          Shapes.of("methods", real.methods()), Shapes.of("methods", generated.methods())
        },
        new Shapes[] {
          Shapes.of("datasets", real.datasets()), Shapes.of("datasets", generated.datasets())
        });
  }
}
