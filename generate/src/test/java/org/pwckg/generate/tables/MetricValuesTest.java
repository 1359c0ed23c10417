package org.pwckg.generate.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pwckg.generate.profile.ProfileIo;
import org.pwckg.generate.profile.RealDumps;
import org.pwckg.generate.profile.TableProfile;
import org.pwckg.generate.profile.ValueTemplates;

class MetricValuesTest {
  private static final int DRAWS = 200_000;
  static List<String> real = new ArrayList<>();
  static List<String> drawn = new ArrayList<>();
  static TableProfile profile;

  @BeforeAll
  static void draw() throws IOException {
    RealDumps d =
        RealDumps.read(Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc"));
    for (JsonNode t : d.tables()) collect(t);
    profile = ProfileIo.shipped().tables();
    MetricValues values = new MetricValues(profile);
    SplittableRandom r = new SplittableRandom(1);
    for (int i = 0; i < DRAWS; i++) drawn.add(values.value(values.column(r), r));
  }

  private static void collect(JsonNode node) {
    node.path("sota")
        .path("rows")
        .forEach(row -> row.path("metrics").forEach(v -> real.add(v.asText())));
    for (String child : List.of("datasets", "subtasks", "subdatasets"))
      node.path(child).forEach(MetricValuesTest::collect);
  }

  @Test
  void quirky_value_forms_come_at_the_real_frequencies() {
    Map<String, Predicate<String>> forms =
        Map.of(
            "percent", v -> v.endsWith("%"),
            "plus-minus", v -> v.contains("±"),
            "k/M/B unit", v -> v.matches("[0-9.]+[kKmMbB]"),
            "starred", v -> v.matches("[0-9.]+\\*+"),
            "bold", v -> v.startsWith("**") && v.endsWith("**"),
            "dash", v -> v.equals("-"),
            "empty", String::isEmpty);
    forms.forEach(
        (name, form) -> {
          double expected = share(real, form);
          assertThat(expected).as(name + " occurs in the real file").isPositive();
          assertThat(share(drawn, form))
              .as(name)
              .isCloseTo(expected, within(expected * 0.3 + 0.0005));
        });
  }

  @Test
  void every_value_shape_fills_to_a_value_of_that_shape() {
    SplittableRandom r = new SplittableRandom(2);
    List<String> templates = new ArrayList<>(profile.valueTemplates().keySet());
    templates.addAll(profile.quirkTemplates().keySet());
    for (String template : templates) {
      ValueShape shape = new ValueShape(template);
      for (int i = 0; i < 50; i++)
        assertThat(ValueTemplates.of(shape.fill(shape.draw(r), r))).isEqualTo(template);
    }
  }

  @Test
  void a_column_keeps_its_values_near_one_level() {
    MetricValues values = new MetricValues(profile);
    SplittableRandom r = new SplittableRandom(3);
    MetricValues.Column c = new MetricValues.Column(new ValueShape("##.#"), 80.0);
    for (int i = 0; i < 100; i++) {
      String v = values.value(c, r);
      if (v.matches("\\d+\\.\\d")) assertThat(Double.parseDouble(v)).isBetween(60.0, 99.9);
    }
  }

  private static double share(List<String> values, Predicate<String> p) {
    return (double) values.stream().filter(p).count() / values.size();
  }
}
