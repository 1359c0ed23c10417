package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** From the seed page to a task and on to its leaderboard, by clicking, as a reader would. */
@ExtendWith(BrowserExtension.class)
class TaskPageBrowserTest {
  @Test
  void a_task_chip_leads_to_the_task_page_and_its_benchmarks(SiteUnderTest site) {
    site.open(PaperPageBrowserTest.PAGE);
    WebElement chip =
        site.findAll("#tasks a.chip").stream()
            .filter(a -> a.getText().equals("Visual Question Answering"))
            .findFirst()
            .orElseThrow();
    chip.click();
    site.awaitNavigationFrom(chip);
    assertThat(SiteUnderTest.path(site.browser().getCurrentUrl()))
        .isEqualTo("/task/visual-question-answering");
    assertThat(site.find("h1").getText()).isEqualTo("Visual Question Answering");
    assertThat(benchmark(site, "MM-Vet").getText()).contains("DeepSeek-VL").contains("41.5");
    assertThat(site.find("#papers").getText()).contains("DeepSeek-VL");
    site.screenshot("task");
  }

  @Test
  void a_benchmark_of_the_task_page_opens_its_leaderboard(SiteUnderTest site) {
    site.open("/task/visual-question-answering");
    WebElement link = benchmark(site, "MM-Vet").findElement(By.partialLinkText("MM-Vet"));
    link.click();
    site.awaitNavigationFrom(link);
    assertThat(SiteUnderTest.path(site.browser().getCurrentUrl()))
        .isEqualTo("/evaluation/visual-question-answering/mm-vet");
    List<WebElement> rows = site.findAll("table#leaderboard tbody tr");
    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst().findElement(By.cssSelector("td.model")).getText())
        .isEqualTo("DeepSeek-VL");
    assertThat(rows.getFirst().findElement(By.cssSelector("td.metric")).getText())
        .isEqualTo("41.5");
  }

  @Test
  void the_task_tree_nests_tasks_under_their_areas(SiteUnderTest site) {
    site.open("/tasks");
    WebElement tree = site.find("#task-tree");
    assertThat(tree.findElements(By.cssSelector("li li"))).isNotEmpty();
    assertThat(tree.getText()).contains("Computer Vision").contains("Visual Question Answering");
    site.screenshot("tasks");
  }

  private static WebElement benchmark(SiteUnderTest site, String dataset) {
    return site.findAll("table#benchmarks tbody tr").stream()
        .filter(tr -> tr.getText().contains(dataset))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no benchmark row for " + dataset));
  }
}
