package org.pwckg.ontology.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricValueParserTest {
  @ParameterizedTest
  @CsvSource({
    "85, 85",
    "0.930, 0.930",
    "-3, -3",
    "1e-3, 0.001",
    "150138741, 150138741",
    "2.800, 2.8"
  })
  void a_json_number_passed_as_text_is_its_value(String raw, double expected) {
    MetricValue v = MetricValueParser.parse(raw);
    assertThat(v.value()).hasValue(expected);
    assertThat(v.spread()).isEmpty();
    assertThat(v.percent()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.8428 ± 0.0014 | 0.8428 | 0.0014",
        "0.25±0.005 | 0.25 | 0.005",
        "2.53 +/- 0.40 | 2.53 | 0.40",
        "90.0 +- 0.5 | 90.0 | 0.5",
        "0.0947 ± 0.0000 | 0.0947 | 0"
      })
  void a_plus_minus_cell_has_a_value_and_a_spread(String raw, double value, double spread) {
    MetricValue v = MetricValueParser.parse(raw);
    assertThat(v.value()).hasValue(value);
    assertThat(v.spread()).hasValue(spread);
  }

  @Test
  void a_percent_cell_keeps_its_number_and_is_marked_as_percent() {
    MetricValue v = MetricValueParser.parse("76.5%");
    assertThat(v.value()).hasValue(76.5);
    assertThat(v.percent()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "3.0m, 3000000",
    "220k, 220000",
    "24M, 24000000",
    "0.46B, 460000000",
    "1.04B, 1040000000",
    "0.035B, 35000000",
    "17.5m, 17500000",
    "13.8M, 13800000"
  })
  void a_scale_suffix_multiplies_the_number_exactly(String raw, double expected) {
    assertThat(MetricValueParser.parse(raw).value()).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource({"87.58*, 87.58", "60.7+, 60.7", "**70.3**, 70.3", "28.5*, 28.5", "43B?, 43000000000"})
  void footnote_markers_and_emphasis_are_dropped(String raw, double expected) {
    assertThat(MetricValueParser.parse(raw).value()).hasValue(expected);
  }

  @Test
  void a_trailing_remark_in_parentheses_is_dropped() {
    assertThat(MetricValueParser.parse("70.14 (measured by Ge et al., 2018)").value())
        .hasValue(70.14);
  }

  @ParameterizedTest
  @ValueSource(strings = {"−3.2", "–3.2"})
  void a_unicode_minus_or_en_dash_before_a_digit_is_a_minus(String raw) {
    assertThat(MetricValueParser.parse(raw).value()).hasValue(-3.2);
  }

  @Test
  void a_byte_order_mark_inside_the_value_is_ignored() {
    MetricValue v = MetricValueParser.parse("\ufeff93.3");
    assertThat(v.value()).hasValue(93.3);
    assertThat(v.raw()).isEqualTo("\ufeff93.3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,234.5 | 1234.5", "1,234,567 | 1234567"})
  void thousands_separators_are_removed(String raw, double expected) {
    assertThat(MetricValueParser.parse(raw).value()).hasValue(expected);
  }

  @Test
  void a_unit_written_once_applies_to_value_and_spread() {
    MetricValue percent = MetricValueParser.parse("76.5 ± 0.3%");
    assertThat(percent.percent()).isTrue();
    assertThat(percent.spread()).hasValue(0.3);
    MetricValue millions = MetricValueParser.parse("1.2 ± 0.1M");
    assertThat(millions.value()).hasValue(1_200_000);
    assertThat(millions.spread()).hasValue(100_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "-",
        "--",
        "---",
        "--*",
        "–",
        "?",
        "Please tell us",
        "Constituent parser",
        "(32.76 32.07 26.26 22.74)",
        "(14.62 10.86)",
        "75.8/75.5",
        "**F1**",
        "Stanford conversion **v3.5.0**",
        "NaN",
        "Infinity",
        "0x1p3",
        "12d",
        "1,5",
        "70-72",
        "<0.1",
        "5k%",
        "0.5 ± -0.1",
        "1 ± 2 ± 3",
        "76.5% ± 0.3M"
      })
  void a_cell_without_exactly_one_number_is_unparseable_and_kept_raw(String raw) {
    MetricValue v = MetricValueParser.parse(raw);
    assertThat(v.parsed()).isFalse();
    assertThat(v.spread()).isEmpty();
    assertThat(v.raw()).isEqualTo(raw);
  }

  @Test
  void null_is_an_empty_unparseable_cell() {
    assertThat(MetricValueParser.parse(null)).isEqualTo(MetricValue.unparseable(""));
  }

  @Test
  void scaling_uses_decimal_arithmetic_not_binary_multiplication() {
    // 0.46 * 1e9 in binary floating point is 4.6000000000000006E8.
    assertThat(MetricValueParser.parse("0.46B").value().getAsDouble()).isEqualTo(460_000_000.0);
    assertThat(MetricValueParser.parse("4.7m").value().getAsDouble()).isCloseTo(4.7e6, within(0.0));
  }
}
