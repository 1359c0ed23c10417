package org.pwckg.ontology.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pwckg.ontology.metrics.Direction.HIGHER_IS_BETTER;
import static org.pwckg.ontology.metrics.Direction.LOWER_IS_BETTER;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pwckg.ontology.Slugs;

class MetricDirectionsTest {
  private final MetricDirections defaults = MetricDirections.defaults();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Error | rule:error",
        "Top-1 Error | rule:error",
        "Test Error | rule:error",
        "Perplexity | rule:perplexity",
        "Test perplexity | rule:perplexity",
        "Validation perplexity | rule:perplexity",
        "WER | rule:edit-rates",
        "Bit per Character (BPC) | rule:bits-per-unit",
        "Number of params | rule:parameters",
        "Parameters | rule:parameters",
        "FID | rule:generative-distance",
        "Inference Time (ms) | rule:time",
        "MAE | rule:regression-errors",
        "EER | rule:false-rates",
        "GFLOPs | rule:flops",
        "Edit Distance | rule:distance",
        "Mean Rank | rule:mean-rank",
        "NLL | rule:negative-log-likelihood",
        "Training Loss | rule:loss",
        "Error rate (top-5) | rule:error",
        "Classification Error (%) | rule:error"
      })
  void error_like_metrics_are_lower_is_better(String metric, String rule) {
    assertThat(defaults.of(metric)).isEqualTo(new MetricDirection(LOWER_IS_BETTER, rule));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Accuracy",
        "F1",
        "F1 score",
        "EM",
        "BLEU",
        "MRR",
        "Test Hits@100",
        "AVERAGE AUC ON 14 LABEL",
        "ROUGE-L",
        "Smatch"
      })
  void other_metrics_are_higher_is_better_by_default(String metric) {
    assertThat(defaults.of(metric)).isEqualTo(new MetricDirection(HIGHER_IS_BETTER, "default"));
  }

  @Test
  void radiologists_below_the_curve_are_counted_higher_is_better_by_a_named_rule() {
    assertThat(defaults.of("NUM RADS BELOW CURVE"))
        .isEqualTo(new MetricDirection(HIGHER_IS_BETTER, "rule:radiologists-below-curve"));
  }

  @Test
  void rules_match_whole_words_only() {
    assertThat(defaults.of("Terminology accuracy").direction()).isEqualTo(HIGHER_IS_BETTER);
    assertThat(defaults.of("Temporal awareness").direction()).isEqualTo(HIGHER_IS_BETTER);
    assertThat(defaults.of("Error Reduction").direction()).isEqualTo(HIGHER_IS_BETTER);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ERR@20 | rule:expected-reciprocal-rank",
        "ERR-at-20 | rule:expected-reciprocal-rank",
        "Expected Reciprocal Rank | rule:expected-reciprocal-rank",
        "Error Recovery | default"
      })
  void a_word_inside_a_longer_name_does_not_make_it_an_error(String metric, String rule) {
    assertThat(defaults.of(metric)).isEqualTo(new MetricDirection(HIGHER_IS_BETTER, rule));
  }

  @Test
  void rows_sorted_against_the_rule_decide_the_tables_direction() {
    assertThat(defaults.inTable("ADE", List.of(0.812, 0.794, 0.750, 0.731)))
        .isEqualTo(new MetricDirection(HIGHER_IS_BETTER, "table-order"));
  }

  @Test
  void rows_sorted_the_rules_way_keep_the_rule_as_the_reason() {
    assertThat(defaults.inTable("ADE", List.of(7.85, 9.96, 10.27)))
        .isEqualTo(new MetricDirection(LOWER_IS_BETTER, "rule:regression-errors"));
  }

  @Test
  void rows_in_no_clear_order_leave_the_rule_to_decide() {
    assertThat(defaults.inTable("ADE", List.of(0.8, 0.9, 0.7)).rule())
        .isEqualTo("rule:regression-errors");
    assertThat(defaults.inTable("ADE", List.of(0.0, 0.0, 1.0)).rule())
        .as("two distinct values are no evidence")
        .isEqualTo("rule:regression-errors");
  }

  @Test
  void an_override_wins_over_the_tables_row_order(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("directions.tsv");
    Files.writeString(file, "ADE\tlower\n");
    assertThat(MetricDirections.load(file).inTable("ADE", List.of(3.0, 2.0, 1.0)))
        .isEqualTo(new MetricDirection(LOWER_IS_BETTER, "override"));
  }

  @Test
  void the_lower_is_better_metrics_of_the_real_tables_are_exactly_the_error_like_ones() {
    Set<String> lower =
        RealEvaluationTables.load().metricNames().stream()
            .filter(m -> defaults.of(m).direction() == LOWER_IS_BETTER)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(lower)
        .containsExactlyInAnyOrder(
            "Error",
            "Test Error",
            "Top-1 Error",
            "Perplexity",
            "Test perplexity",
            "Validation perplexity",
            "WER",
            "Bit per Character (BPC)",
            "Number of params",
            "Parameters");
  }

  @Test
  void names_that_share_a_metric_iri_get_one_direction() {
    Map<String, Set<MetricDirection>> bySlug =
        RealEvaluationTables.load().metricNames().stream()
            .collect(
                Collectors.groupingBy(
                    Slugs::of, Collectors.mapping(defaults::of, Collectors.toSet())));
    assertThat(bySlug).allSatisfy((slug, directions) -> assertThat(directions).as(slug).hasSize(1));
  }

  @Test
  void an_override_file_wins_over_the_rules(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("directions.tsv");
    Files.writeString(file, "# my corrections\n\nAccuracy\tlower\nTop-1 Error\tHIGHER\n");
    MetricDirections directions = MetricDirections.load(file);
    assertThat(directions.of("Accuracy"))
        .isEqualTo(new MetricDirection(LOWER_IS_BETTER, "override"));
    assertThat(directions.of("Top-1 Error"))
        .isEqualTo(new MetricDirection(HIGHER_IS_BETTER, "override"));
    assertThat(directions.of("Perplexity"))
        .isEqualTo(new MetricDirection(LOWER_IS_BETTER, "rule:perplexity"));
  }

  @Test
  void an_override_applies_to_every_spelling_of_the_metric(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("directions.tsv");
    Files.writeString(file, "ROUGE-L\tlower\n");
    assertThat(MetricDirections.load(file).of("Rouge-L").rule()).isEqualTo("override");
  }

  @Test
  void a_malformed_override_line_is_refused_with_its_line_number(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("directions.tsv");
    Files.writeString(file, "Accuracy\thigher\nF1\tbigger\n");
    assertThatThrownBy(() -> MetricDirections.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directions.tsv:2")
        .hasMessageContaining("bigger");
  }

  @Test
  void the_rules_are_listed_in_the_order_they_are_tried() {
    assertThat(defaults.rules().get(0).getKey()).isEqualTo("radiologists-below-curve");
    assertThat(defaults.rules())
        .extracting(Map.Entry::getKey)
        .contains("error", "perplexity", "parameters");
  }
}
