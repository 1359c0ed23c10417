package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of page opens in the browser with the site's header, main content and footer, and is
 * saved as a screenshot ({@code target/screenshots/{page}.png}).
 */
@ExtendWith(BrowserExtension.class)
class SitePagesBrowserTest {
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "home, /, #counts",
    "sota, /sota, table#all-sota",
    "datasets, /datasets, #results",
    "methods, /methods, #results",
    "papers, /papers, #results",
    "dataset, /dataset/mm-vet, h1",
    "method, /method/transformer, h1",
    "about, /about, h1",
    "submit, /submit, h1",
    "figure-search, /search?type=figure&q=translation, #search-results",
  })
  void each_page_type_has_the_header_its_content_and_the_footer(
      String page, String path, String content, SiteUnderTest site) {
    site.open(path);
    assertThat(site.findAll("header nav[aria-label=Main] a")).hasSizeGreaterThanOrEqualTo(7);
    assertThat(site.find("main#main " + content).getText()).isNotBlank();
    assertThat(site.find("footer").getText()).contains("Papers With Code").contains("CC-BY-SA 4.0");
    assertThat(site.findAll("link[rel=stylesheet][href='/assets/site.css']")).hasSize(1);
    site.screenshot(page);
  }
}
