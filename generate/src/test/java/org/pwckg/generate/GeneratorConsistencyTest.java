package org.pwckg.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.generate.profile.RealDumps;
import org.pwckg.generate.world.Scale;

/** The five generated files refer to each other the way the real archive does. */
class GeneratorConsistencyTest {
  private static final int PAPERS = 2000;
  @TempDir static Path dir;
  static RealDumps d;
  static Map<String, JsonNode> byUrl = new HashMap<>();
  static Map<String, JsonNode> byArxiv = new HashMap<>();
  static Set<String> titles = new HashSet<>();

  @BeforeAll
  static void generate() throws IOException {
    d = RealDumps.read(GeneratedDumps.generate(dir, PAPERS, 5, 2));
    for (JsonNode p : d.papers()) {
      byUrl.put(p.path("paper_url").asText(), p);
      if (!p.path("arxiv_id").isNull()) byArxiv.put(p.path("arxiv_id").asText(), p);
      titles.add(p.path("title").asText());
    }
  }

  @Test
  void paper_urls_and_arxiv_ids_are_unique() {
    assertThat(byUrl).hasSize(PAPERS);
    assertThat(byArxiv)
        .hasSize((int) d.papers().stream().filter(p -> !p.path("arxiv_id").isNull()).count());
  }

  @Test
  void every_link_names_a_generated_paper_by_url_title_and_arxiv_id() {
    assertThat(d.links()).isNotEmpty();
    for (JsonNode link : d.links()) {
      JsonNode paper = byUrl.get(link.path("paper_url").asText());
      assertThat(paper).as(link.path("paper_url").asText()).isNotNull();
      assertThat(link.path("paper_title")).isEqualTo(paper.path("title"));
      assertThat(link.path("paper_arxiv_id")).isEqualTo(paper.path("arxiv_id"));
    }
  }

  @Test
  void rows_citing_arxiv_or_pwc_urls_name_papers_that_list_the_rows_task() {
    List<String> cited = new ArrayList<>();
    TaskTrees.rows(
        d.tables(),
        (task, row) -> {
          String url = row.path("paper_url").asText("");
          JsonNode paper = paperOf(url);
          if (url.contains("arxiv.org/") || url.contains("paperswithcode.com/paper/")) {
            assertThat(paper).as(url).isNotNull();
            assertThat(strings(paper.path("tasks"))).as(url).contains(task);
            cited.add(url);
          }
        });
    assertThat(cited).isNotEmpty();
  }

  @Test
  void rows_citing_by_title_name_generated_papers() {
    List<String> cited = new ArrayList<>();
    TaskTrees.rows(
        d.tables(),
        (task, row) -> {
          String title = row.path("paper_title").asText("");
          if (!title.isEmpty() && !title.startsWith("http")) {
            assertThat(titles).contains(title);
            cited.add(title);
          }
        });
    assertThat(cited).isNotEmpty();
  }

  @Test
  void some_rows_cite_no_paper_at_all_like_the_real_ones() {
    List<JsonNode> unmatched = new ArrayList<>();
    TaskTrees.rows(
        d.tables(),
        (task, row) -> {
          if (row.path("paper_url").asText("").isEmpty()
              && row.path("paper_title").asText("").isEmpty()) unmatched.add(row);
        });
    assertThat(unmatched).isNotEmpty();
  }

  @Test
  void papers_embed_the_records_of_the_methods_file() {
    Map<String, JsonNode> methods = new HashMap<>();
    d.methods().forEach(m -> methods.put(m.path("name").asText(), m));
    int embedded = 0;
    for (JsonNode p : d.papers()) {
      for (JsonNode m : p.path("methods")) {
        JsonNode full = methods.get(m.path("name").asText());
        assertThat(full).as(m.path("name").asText()).isNotNull();
        for (String f :
            List.of(
                "full_name",
                "description",
                "introduced_year",
                "source_url",
                "source_title",
                "code_snippet_url")) {
          assertThat(m.path(f)).as(f).isEqualTo(full.path(f));
        }
        embedded++;
      }
    }
    assertThat(embedded).isPositive();
  }

  @Test
  void methods_and_datasets_cite_generated_papers() {
    for (JsonNode m : d.methods()) {
      if (m.path("paper").isNull()) continue;
      JsonNode paper = byUrl.get(m.path("paper").path("url").asText());
      assertThat(paper).isNotNull();
      assertThat(m.path("source_title")).isEqualTo(paper.path("title"));
      assertThat(m.path("source_url")).isEqualTo(paper.path("url_abs"));
    }
    for (JsonNode ds : d.datasets()) {
      if (!ds.path("paper").isNull())
        assertThat(titles).contains(ds.path("paper").path("title").asText());
    }
  }

  @Test
  void leaderboard_datasets_are_dataset_records_or_their_variants_which_list_the_task() {
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode ds : d.datasets()) {
      byName.put(ds.path("name").asText(), ds);
      ds.path("variants").forEach(v -> byName.putIfAbsent(v.asText(), ds));
    }
    TaskTrees.datasets(
        d.tables(),
        (task, table) -> {
          JsonNode ds = byName.get(table.path("dataset").asText());
          assertThat(ds).as(table.path("dataset").asText()).isNotNull();
          assertThat(ds.path("tasks").findValuesAsText("task")).contains(task);
        });
  }

  @Test
  void tasks_everywhere_come_from_one_catalogue_of_the_scaled_size() {
    Set<String> names = new HashSet<>();
    d.papers().forEach(p -> p.path("tasks").forEach(t -> names.add(t.asText())));
    d.datasets().forEach(ds -> names.addAll(ds.path("tasks").findValuesAsText("task")));
    TaskTrees.rows(d.tables(), (task, row) -> names.add(task));

    assertThat(names).isNotEmpty();
    assertThat(names.size()).isLessThanOrEqualTo(Scale.of(PAPERS).tasks());
    for (JsonNode ds : d.datasets()) {
      for (JsonNode t : ds.path("tasks"))
        assertThat(t.path("url").asText()).startsWith("https://paperswithcode.com/task/");
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static JsonNode paperOf(String url) {
    if (url.contains("paperswithcode.com/paper/")) return byUrl.get(url);
    int at = url.indexOf("arxiv.org/");
    if (at < 0) return null;
    String id =
        url.substring(url.indexOf('/', at + 10) + 1)
            .replaceAll("\\.pdf$", "")
            .replaceAll("v\\d+$", "");
    return byArxiv.get(id);
  }
}
