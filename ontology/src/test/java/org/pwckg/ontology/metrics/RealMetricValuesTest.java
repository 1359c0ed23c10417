package org.pwckg.ontology.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class RealMetricValuesTest {
  private static final Logger LOG = LoggerFactory.getLogger(RealMetricValuesTest.class);
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final List<String> CELLS = RealEvaluationTables.load().cells();

  @Test
  void every_plain_decimal_of_the_real_tables_parses_to_exactly_that_number() {
    List<String> plain = CELLS.stream().filter(c -> PLAIN_DECIMAL.matcher(c).matches()).toList();
    assertThat(plain).hasSizeGreaterThan(3000);
    for (String cell : plain) {
      MetricValue v = MetricValueParser.parse(cell);
      assertThat(v.value()).as(cell).hasValue(Double.parseDouble(cell));
      assertThat(v.spread()).as(cell).isEmpty();
    }
  }

  @Test
  void the_only_unparseable_cells_of_the_real_tables_hold_no_single_number() {
    Set<String> unparseable = new TreeSet<>();
    long count =
        CELLS.stream()
            .filter(c -> !MetricValueParser.parse(c).parsed())
            .peek(unparseable::add)
            .count();
    LOG.info(
        "{} of {} real metric cells are unparseable ({} distinct): {}",
        count,
        CELLS.size(),
        unparseable.size(),
        unparseable);
    assertThat(unparseable)
        .containsExactlyInAnyOrder(
            "",
            "-",
            "--",
            "--*",
            "---",
            "–",
            "?",
            "Please tell us",
            "Constituent parser",
            "(32.76 32.07 26.26 22.74)",
            "(14.62 10.86)",
            "(16.97 15.58)",
            "**F1**",
            "**Precision**",
            "**Recall**",
            "Stanford conversion **v3.5.0**",
            "75.8/75.5",
            "76.2/83.1",
            "78.6/84.4",
            "78.9/78.6",
            "80.4/85.9");
  }

  @Test
  void every_parsed_real_cell_is_a_finite_number_with_a_non_negative_spread() {
    for (String cell : CELLS) {
      MetricValue v = MetricValueParser.parse(cell);
      v.value().ifPresent(x -> assertThat(Double.isFinite(x)).as(cell).isTrue());
      v.spread().ifPresent(s -> assertThat(s).as(cell).isGreaterThanOrEqualTo(0));
    }
  }
}
