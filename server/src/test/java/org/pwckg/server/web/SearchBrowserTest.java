package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Search as a reader uses it: from the home page's box, then by meaning. */
@ExtendWith(BrowserExtension.class)
class SearchBrowserTest {
  /** Words the seed paper's title and abstract do not use together; its meaning is theirs. */
  static final String BY_MEANING =
      "an open model that understands images and text in real-world use";

  @Test
  void the_home_page_search_box_opens_the_search_page_with_highlighted_results(SiteUnderTest site) {
    site.open("/");
    WebElement box = site.find("form[role=search] input[name=q]");
    box.sendKeys("DeepSeek-VL");
    box.submit();
    site.awaitNavigationFrom(box);
    assertThat(SiteUnderTest.path(site.browser().getCurrentUrl())).isEqualTo("/search");
    List<WebElement> results = site.findAll("ol#search-results li");
    assertThat(results).isNotEmpty();
    assertThat(results.getFirst().getText()).contains("DeepSeek-VL: Towards Real-World");
    assertThat(results.getFirst().findElements(By.tagName("mark"))).isNotEmpty();
  }

  @Test
  void a_semantic_search_finds_the_seed_paper_by_meaning(SiteUnderTest site) {
    site.open("/search");
    WebElement form = site.find("form#search");
    form.findElement(By.name("q")).sendKeys(BY_MEANING);
    chooseMode(form, "semantic");
    form.submit();
    site.awaitNavigationFrom(form);
    assertThat(site.browser().getCurrentUrl()).contains("mode=semantic");
    WebElement first = site.findAll("ol#search-results li").getFirst();
    assertThat(first.getText())
        .contains("DeepSeek-VL: Towards Real-World Vision-Language Understanding");
    assertThat(SiteUnderTest.path(first.findElement(By.tagName("a")).getDomAttribute("href")))
        .isEqualTo(PaperPageBrowserTest.PAGE);
    assertThat(site.find("#facets").getText()).isNotBlank();
    site.screenshot("search");
  }

  /** The mode switch is a select or a group of radio buttons; either works the same. */
  private static void chooseMode(WebElement form, String mode) {
    WebElement control = form.findElement(By.name("mode"));
    if (control.getTagName().equals("select")) new Select(control).selectByValue(mode);
    else form.findElement(By.cssSelector("[name=mode][value=" + mode + "]")).click();
  }
}
