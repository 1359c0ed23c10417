package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The seed page: DeepSeek-VL's paper page, element by element as the design shows it, from the real
 * archive records in testdata/seed/.
 */
@ExtendWith(BrowserExtension.class)
class PaperPageBrowserTest {
  static final String SEED = "deepseek-vl-towards-real-world-vision";
  static final String PAGE = "/paper/" + SEED;
  static final List<String> AUTHORS =
      List.of(
          "Haoyu Lu",
          "Wen Liu",
          "Bo Zhang",
          "Bingxuan Wang",
          "Kai Dong",
          "Bo Liu",
          "Jingxiang Sun",
          "Tongzheng Ren",
          "Zhuoshu Li",
          "Hao Yang",
          "Yaofeng Sun",
          "Chengqi Deng",
          "Hanwei Xu",
          "Zhenda Xie",
          "Chong Ruan");

  @Test
  void the_header_links_every_section_of_the_site(SiteUnderTest site) {
    site.open(PAGE);
    List<String> links =
        site.findAll("header nav[aria-label=Main] a").stream()
            .map(a -> a.getText() + " " + SiteUnderTest.path(a.getDomAttribute("href")))
            .toList();
    assertThat(links)
        .containsSubsequence(
            "Tasks /tasks",
            "SotA /sota",
            "Datasets /datasets",
            "Papers /papers",
            "Methods /methods",
            "Submit /submit",
            "About /about");
  }

  @Test
  void the_page_shows_the_title_the_fifteen_authors_in_order_and_the_date(SiteUnderTest site) {
    site.open(PAGE);
    assertThat(site.find("h1#title").getText())
        .isEqualTo("DeepSeek-VL: Towards Real-World Vision-Language Understanding");
    assertThat(site.browser().getTitle()).contains("DeepSeek-VL");
    String authors = site.find("#authors").getText();
    int at = -1;
    for (String author : AUTHORS) {
      assertThat(authors.indexOf(author, at + 1)).as(author).isGreaterThan(at);
      at = authors.indexOf(author, at + 1);
    }
    WebElement date = site.find("time#date");
    assertThat(date.getDomAttribute("datetime")).isEqualTo("2024-03-08");
    assertThat(date.getText()).contains("2024");
  }

  @Test
  void task_chips_name_the_papers_five_tasks_and_link_to_their_pages(SiteUnderTest site) {
    site.open(PAGE);
    List<WebElement> chips = site.findAll("#tasks a.chip");
    assertThat(chips)
        .extracting(WebElement::getText)
        .containsExactlyInAnyOrder(
            "Chatbot",
            "Multimodal Deep Learning",
            "Language Modelling",
            "Visual Question Answering",
            "Optical Character Recognition (OCR)");
    assertThat(chips)
        .extracting(a -> SiteUnderTest.path(a.getDomAttribute("href")))
        .contains("/task/visual-question-answering", "/task/optical-character-recognition-ocr");
  }

  @Test
  void paper_pdf_and_official_code_buttons_lead_to_arxiv_and_github(SiteUnderTest site) {
    site.open(PAGE);
    assertThat(site.find("#links a#paper-link").getDomAttribute("href"))
        .isEqualTo("https://arxiv.org/abs/2403.05525v2");
    assertThat(site.find("#links a#pdf-link").getDomAttribute("href"))
        .isEqualTo("https://arxiv.org/pdf/2403.05525v2.pdf");
    WebElement code = site.find("#links a#code-link");
    assertThat(code.getDomAttribute("href"))
        .isEqualTo("https://github.com/deepseek-ai/DeepSeek-VL");
    assertThat(code.getText()).containsIgnoringCase("code");
  }

  @Test
  void the_abstract_is_shown_in_full(SiteUnderTest site) {
    site.open(PAGE);
    assertThat(site.find("#abstract").getText())
        .startsWith("We present DeepSeek-VL, an open-source Vision-Language (VL) Model")
        .endsWith("to foster innovations based on this foundation model.");
  }

  @Test
  void the_results_table_lists_the_mm_vet_result(SiteUnderTest site) {
    site.open(PAGE);
    assertThat(site.findAll("table#results thead th"))
        .extracting(WebElement::getText)
        .containsExactly("Task", "Dataset", "Metric", "Value", "Model");
    List<List<String>> rows =
        site.findAll("table#results tbody tr").stream()
            .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
            .toList();
    assertThat(rows)
        .contains(
            List.of("Visual Question Answering", "MM-Vet", "GPT-4 score", "41.5", "DeepSeek-VL"),
            List.of(
                "Visual Question Answering (VQA)", "MM-Vet", "GPT-4 score", "41.5", "DeepSeek-VL"));
  }

  @Test
  void related_papers_are_listed_with_why_they_are_related(SiteUnderTest site) {
    JsonNode related = site.json("/api/v1/papers/" + SEED).get("related");
    site.open(PAGE);
    List<WebElement> items = site.findAll("#related li");
    assertThat(items).hasSizeGreaterThanOrEqualTo(3);
    assertThat(items.getFirst().findElement(By.tagName("a")).getText())
        .isEqualTo(related.get(0).get("title").asText());
    items.forEach(
        li -> assertThat(li.findElement(By.cssSelector(".reason")).getText()).isNotBlank());
    assertDatesAreThePapers(site, items);
  }

  /**
   * The seed's neighbours are ACL 2024 papers the archive gives no date ("undated"); those of a
   * 1995 quantum computing paper are all dated. Either way each date is the related paper's own.
   */
  @Test
  void each_related_paper_shows_its_own_date(SiteUnderTest site) {
    site.open("/paper/perfect-quantum-error-correction-code");
    List<WebElement> items = site.findAll("#related li");
    assertThat(items)
        .isNotEmpty()
        .allSatisfy(
            li ->
                assertThat(li.findElement(By.tagName("time")).getDomAttribute("datetime"))
                    .matches("\\d{4}-\\d{2}-\\d{2}"));
    assertDatesAreThePapers(site, items);
  }

  private static void assertDatesAreThePapers(SiteUnderTest site, List<WebElement> items) {
    for (WebElement li : items) {
      String path = SiteUnderTest.path(li.findElement(By.tagName("a")).getDomAttribute("href"));
      assertThat(path).startsWith("/paper/");
      JsonNode published =
          site.json("/api/v1/papers/" + path.substring("/paper/".length())).get("published");
      WebElement time = li.findElement(By.tagName("time"));
      if (published.isNull()) assertThat(time.getText()).isEqualTo("undated");
      else assertThat(time.getDomAttribute("datetime")).isEqualTo(published.asText());
    }
  }

  @Test
  void the_footer_credits_the_papers_with_code_archive_under_cc_by_sa(SiteUnderTest site) {
    site.open(PAGE);
    assertThat(site.find("footer").getText()).contains("Papers With Code").contains("CC-BY-SA 4.0");
  }

  @Test
  void the_seed_elements_come_in_the_designed_order(SiteUnderTest site) {
    site.open(PAGE);
    List<WebElement> inOrder =
        List.of(
                "h1#title",
                "#authors",
                "time#date",
                "#tasks",
                "#links",
                "#abstract",
                "table#results",
                "#related")
            .stream()
            .map(site::find)
            .toList();
    for (int i = 1; i < inOrder.size(); i++) {
      Object follows =
          site.browser()
              .executeScript(
                  "return (arguments[0].compareDocumentPosition(arguments[1])"
                      + " & Node.DOCUMENT_POSITION_FOLLOWING) !== 0",
                  inOrder.get(i - 1),
                  inOrder.get(i));
      assertThat(follows).as("element %d after element %d", i, i - 1).isEqualTo(true);
    }
    site.screenshot("paper");
  }
}
