package org.pwckg.ontology.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How often the name rules get a real table's direction right, where the table itself says it: the
 * archive lists a leaderboard's rows ranked by its first metric, so a first metric whose values are
 * clearly sorted ({@link RowOrder}) is a judged case. The figure is recorded in BENCHMARKS.md.
 */
class DirectionAccuracyTest {
  @Test
  void the_name_rules_agree_with_every_real_table_sorted_by_its_first_metric() {
    MetricDirections rules = MetricDirections.defaults();
    List<RealEvaluationTables.PrimaryColumn> columns = RealEvaluationTables.load().primaryColumns();
    int judged = 0;
    List<String> wrong = new java.util.ArrayList<>();
    for (RealEvaluationTables.PrimaryColumn c : columns) {
      Optional<Direction> order = RowOrder.of(c.values());
      if (order.isEmpty()) continue;
      judged++;
      if (rules.of(c.metric()).direction() != order.get()) wrong.add(c.table() + ": " + c.metric());
    }
    assertThat(columns).hasSize(130);
    assertThat(judged).isEqualTo(72);
    assertThat(wrong).isEmpty();
  }

  @Test
  void a_column_direction_always_follows_a_clear_row_order() {
    MetricDirections rules = MetricDirections.defaults();
    for (RealEvaluationTables.PrimaryColumn c : RealEvaluationTables.load().primaryColumns()) {
      RowOrder.of(c.values())
          .ifPresent(
              d ->
                  assertThat(rules.inTable(c.metric(), c.values()).direction())
                      .as(c.table())
                      .isEqualTo(d));
    }
  }
}
