package org.pwckg.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.generate.profile.RealDumps;
import org.pwckg.generate.profile.Words;
import org.pwckg.generate.world.Scale;

/** Generated values follow the real files' distributions, and counts follow the paper count. */
class GeneratorDistributionTest {
  private static final int PAPERS = 2000;
  @TempDir static Path dir;
  static RealDumps real;
  static RealDumps generated;

  @BeforeAll
  static void generate() throws IOException {
    real = RealDumps.read(GeneratedDumps.realDir());
    generated = RealDumps.read(GeneratedDumps.generate(dir, PAPERS, 3, 2));
  }

  @Test
  void mean_abstract_length_is_within_ten_percent_of_the_real_mean() {
    double realMean = mean(real.papers(), p -> Words.count(p.path("abstract").asText()));
    double mean = mean(generated.papers(), p -> Words.count(p.path("abstract").asText()));

    assertThat(mean).isCloseTo(realMean, within(realMean * 0.10));
  }

  @Test
  void mean_title_length_is_within_ten_percent_of_the_real_mean() {
    double realMean = mean(real.links(), l -> Words.count(l.path("paper_title").asText()));
    double mean = mean(generated.papers(), p -> Words.count(p.path("title").asText()));

    assertThat(mean).isCloseTo(realMean, within(realMean * 0.10));
  }

  @Test
  void authors_per_paper_average_like_the_real_papers_that_have_authors() {
    List<JsonNode> withAuthors =
        real.papers().stream().filter(p -> !p.path("authors").isEmpty()).toList();
    double realMean = mean(withAuthors, p -> p.path("authors").size());

    assertThat(mean(generated.papers(), p -> p.path("authors").size()))
        .isCloseTo(realMean, within(realMean * 0.15));
  }

  @Test
  void links_per_paper_follow_the_archive_ratio() {
    double perPaper = (double) generated.links().size() / PAPERS;

    assertThat(perPaper).isCloseTo(Scale.linksPerPaper(), within(Scale.linksPerPaper() * 0.10));
  }

  @Test
  void official_share_and_frameworks_follow_the_real_links() {
    assertThat(share(generated.links(), l -> l.path("is_official").asBoolean()))
        .isCloseTo(share(real.links(), l -> l.path("is_official").asBoolean()), within(0.05));
    Map<String, Long> frameworks = count(generated.links(), l -> l.path("framework").asText());
    Map<String, Long> realFrameworks = count(real.links(), l -> l.path("framework").asText());

    assertThat(realFrameworks.keySet()).containsAll(frameworks.keySet());
    assertThat(top(frameworks)).isEqualTo(top(realFrameworks));
  }

  @Test
  void some_abstracts_carry_latex_as_real_ones_do() {
    double latex = share(generated.papers(), p -> p.path("abstract").asText().contains("$"));

    assertThat(latex).isGreaterThan(0.0).isLessThan(0.5);
  }

  @Test
  void counts_scale_with_the_number_of_papers(@TempDir Path smaller) throws IOException {
    RealDumps quarter = RealDumps.read(GeneratedDumps.generate(smaller, PAPERS / 4, 3, 2));

    assertThat(quarter.papers()).hasSize(PAPERS / 4);
    assertThat(quarter.methods()).hasSize(Scale.of(PAPERS / 4).methods());
    assertThat(quarter.datasets()).hasSize(Scale.of(PAPERS / 4).datasets());
    assertThat(quarter.tables()).hasSize(Scale.of(PAPERS / 4).tables());
    assertThat(ratio(generated.links(), quarter.links())).isCloseTo(4.0, within(0.6));
    assertThat(ratio(generated.methods(), quarter.methods())).isCloseTo(4.0, within(0.6));
    assertThat(ratio(generated.datasets(), quarter.datasets())).isCloseTo(4.0, within(0.6));
  }

  private static double ratio(List<JsonNode> more, List<JsonNode> fewer) {
    return (double) more.size() / fewer.size();
  }

  private static double mean(List<JsonNode> records, ToDoubleFunction<JsonNode> f) {
    return records.stream().mapToDouble(f).average().orElseThrow();
  }

  private static double share(List<JsonNode> records, java.util.function.Predicate<JsonNode> p) {
    return (double) records.stream().filter(p).count() / records.size();
  }

  private static Map<String, Long> count(
      List<JsonNode> records, java.util.function.Function<JsonNode, String> key) {
    return records.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static String top(Map<String, Long> counts) {
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
