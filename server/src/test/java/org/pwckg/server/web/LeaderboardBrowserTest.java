package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A real leaderboard: Graph Property Prediction on ogbg-ppa (11 dated results, metrics Test
 * Accuracy, Validation Accuracy, Number of params), as the archive has it in testdata/pwc.
 */
@ExtendWith(BrowserExtension.class)
class LeaderboardBrowserTest {
  static final String PAGE = "/evaluation/graph-property-prediction/ogbg-ppa";
  static final String JSON = "/api/v1/sota/graph-property-prediction/ogbg-ppa";

  /** Ranked by Test Accuracy, the table's first metric. */
  static final List<String> BY_TEST_ACCURACY =
      List.of(
          "ExpC*+bag of tricks",
          "ExpC",
          "DeeperGCN+FLAG",
          "DeeperGCN",
          "GIN+virtual node+FLAG",
          "GIN+virtual node",
          "GCN+virtual node+FLAG",
          "GIN+FLAG",
          "GIN",
          "GCN+virtual node",
          "GCN");

  /** Ranked by Validation Accuracy: GIN+FLAG (0.6465) drops from 8th to last. */
  static final List<String> BY_VALIDATION_ACCURACY =
      List.of(
          "ExpC*+bag of tricks",
          "ExpC",
          "DeeperGCN+FLAG",
          "DeeperGCN",
          "GIN+virtual node+FLAG",
          "GIN+virtual node",
          "GCN+virtual node+FLAG",
          "GIN",
          "GCN+virtual node",
          "GCN",
          "GIN+FLAG");

  @Test
  void the_leaderboard_ranks_every_result_by_the_first_metric(SiteUnderTest site) {
    site.open(PAGE);
    assertThat(models(site)).isEqualTo(BY_TEST_ACCURACY);
    assertThat(site.findAll("table#leaderboard tbody tr td.rank"))
        .extracting(WebElement::getText)
        .startsWith("1", "2", "3");
    assertThat(site.findAll("table#leaderboard tbody tr").getFirst().getText())
        .contains("0.814")
        .contains("2021-06-21");
    site.screenshot("leaderboard");
  }

  @Test
  void switching_the_metric_reranks_the_rows(SiteUnderTest site) {
    site.open(PAGE);
    WebElement table = site.find("table#leaderboard");
    Select metric = new Select(site.find("form#controls select[name=metric]"));
    WebElement validation =
        metric.getOptions().stream()
            .filter(o -> o.getText().contains("Validation Accuracy"))
            .findFirst()
            .orElseThrow();
    metric.selectByValue(validation.getDomAttribute("value"));
    site.awaitNavigationFrom(table);
    assertThat(site.browser().getCurrentUrl()).contains("metric=");
    assertThat(models(site)).isEqualTo(BY_VALIDATION_ACCURACY);
  }

  @Test
  void moving_the_as_of_date_back_removes_the_later_results(SiteUnderTest site) {
    site.open(PAGE);
    WebElement table = site.find("table#leaderboard");
    WebElement asOf = site.find("form#controls input[name=as_of][type=date]");
    // Typing into a date field depends on the browser's locale; set it as a date picker would.
    site.browser()
        .executeScript(
            "arguments[0].value = '2020-06-01';"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            asOf);
    site.awaitNavigationFrom(table);
    assertThat(site.browser().getCurrentUrl()).contains("as_of=2020-06-01");
    assertThat(models(site)).containsExactly("GIN+virtual node", "GIN", "GCN+virtual node", "GCN");
    assertThat(site.findAll("table#leaderboard tbody td.date"))
        .extracting(WebElement::getText)
        .containsOnly("2020-05-01");
    site.screenshot("leaderboard-as-of");
  }

  @Test
  void the_chart_draws_one_point_per_dated_result(SiteUnderTest site) {
    JsonNode rows = site.json(JSON).get("rows");
    List<String> dated = new ArrayList<>();
    rows.forEach(
        r -> {
          if (!r.get("date").isNull()) dated.add(r.get("date").asText());
        });
    site.open(PAGE);
    List<WebElement> points = site.findAll("svg#sota-chart circle.point");
    assertThat(points).hasSize(dated.size()).hasSize(11);
    assertThat(points)
        .extracting(p -> p.getDomAttribute("data-date"))
        .containsExactlyInAnyOrderElementsOf(dated);
    assertThat(site.findAll("svg#sota-chart path.sota-step")).isNotEmpty();
    assertThat(site.find("a#chart-csv").getDomAttribute("href")).isNotBlank();
    assertThat(site.find("a#chart-json").getDomAttribute("href")).isNotBlank();
  }

  private static List<String> models(SiteUnderTest site) {
    return site.findAll("table#leaderboard tbody tr td.model").stream()
        .map(WebElement::getText)
        .toList();
  }
}
