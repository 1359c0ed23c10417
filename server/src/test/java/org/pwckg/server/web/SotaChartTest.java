package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pwckg.server.api.Views;

class SotaChartTest {
  static final Views.Ref TASK = new Views.Ref("t", "Task");
  static final Views.Ref DATASET = new Views.Ref("d", "Dataset");

  static Views.SotaRow row(String model, double value, String date) {
    return new Views.SotaRow(
        null, model, value, null, new Views.Ref(model, model), date, false, List.of(), Map.of());
  }

  static Views.HistoryPoint record(String model, double value, String date) {
    return new Views.HistoryPoint(date, value, null, model, new Views.Ref(model, model));
  }

  static SotaChart.Data data(String direction, String asOf) {
    Views.Metric metric = new Views.Metric("err", "Error", direction, true);
    List<Views.SotaRow> rows =
        List.of(
            row("a", 10, "2019-01-01"),
            row("b", 12, "2019-06-01"),
            row("c", 8, "2020-01-01"),
            row("undated", 1, null));
    Views.SotaTable table =
        new Views.SotaTable(TASK, DATASET, metric, List.of(metric), asOf, true, 4, rows);
    Views.SotaHistory history =
        new Views.SotaHistory(
            TASK,
            DATASET,
            metric,
            true,
            List.of(record("a", 10, "2019-01-01"), record("c", 8, "2020-01-01")));
    return SotaChart.data(table, history);
  }

  static double cy(String svg, String date) {
    Matcher m = Pattern.compile("cy=\"([0-9.]+)\" data-date=\"" + date + "\"").matcher(svg);
    assertThat(m.find()).as(date).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void every_dated_result_is_a_point_and_the_records_are_marked() {
    SotaChart.Data d = data("lower_is_better", null);
    assertThat(d.points()).extracting(SotaChart.Point::model).containsExactly("a", "b", "c");
    assertThat(d.points()).extracting(SotaChart.Point::record).containsExactly(true, false, true);
    String svg = SotaChart.svg(d);
    assertThat(svg.split("<circle class=\"point")).hasSize(4);
    assertThat(svg).contains("<path class=\"sota-step\" d=\"M");
  }

  @Test
  void better_is_up_whichever_the_direction_of_the_metric() {
    String lower = SotaChart.svg(data("lower_is_better", null));
    assertThat(cy(lower, "2020-01-01")).isLessThan(cy(lower, "2019-06-01"));
    assertThat(lower).contains("(lower is better)");
    String higher = SotaChart.svg(data("higher_is_better", null));
    assertThat(cy(higher, "2020-01-01")).isGreaterThan(cy(higher, "2019-06-01"));
  }

  @Test
  void records_after_the_as_of_date_are_not_marked() {
    SotaChart.Data d = data("lower_is_better", "2019-12-31");
    assertThat(d.points())
        .filteredOn(SotaChart.Point::record)
        .extracting(SotaChart.Point::model)
        .containsExactly("a");
  }

  @Test
  void the_csv_has_one_line_per_point_and_quotes_commas() {
    assertThat(SotaChart.csvField("a, b")).isEqualTo("\"a, b\"");
    assertThat(SotaChart.csv(data("higher_is_better", null)).lines())
        .containsExactly(
            "date,value,model,paper,record",
            "2019-01-01,10.0,a,a,true",
            "2019-06-01,12.0,b,b,false",
            "2020-01-01,8.0,c,c,true");
  }

  @Test
  void a_chart_without_dated_results_says_so() {
    Views.Metric metric = new Views.Metric("m", "M", "higher_is_better", true);
    Views.SotaTable table =
        new Views.SotaTable(TASK, DATASET, metric, List.of(metric), null, true, 0, List.of());
    SotaChart.Data d =
        SotaChart.data(table, new Views.SotaHistory(TASK, DATASET, metric, true, List.of()));
    assertThat(SotaChart.svg(d)).contains("id=\"sota-chart\"", "No dated results");
  }

  static List<String> ticks(String from, String to) {
    return SotaChart.dateTicks(
            java.time.LocalDate.parse(from).toEpochDay(),
            java.time.LocalDate.parse(to).toEpochDay())
        .stream()
        .map(SotaChart.DateTick::label)
        .toList();
  }

  @Test
  void the_date_axis_marks_years_months_or_days_as_the_span_allows() {
    assertThat(ticks("2014-06-10", "2024-03-11"))
        .containsExactly("2016", "2018", "2020", "2022", "2024");
    assertThat(ticks("2019-11-20", "2020-05-02"))
        .containsExactly("Dec 2019", "Jan 2020", "Feb 2020", "Mar 2020", "Apr 2020", "May 2020");
    assertThat(ticks("2021-03-04", "2021-04-02")).containsExactly("15 Mar 2021", "1 Apr 2021");
  }
}
