package org.pwckg.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The SPARQL query editor, as a browser shows it. */
@ExtendWith(BrowserExtension.class)
class SparqlEditorBrowserTest {
  @Test
  void the_sparql_editor_opens_in_the_browser_under_its_heading(SiteUnderTest site) {
    site.open("/sparql");
    assertThat(site.browser().getTitle()).startsWith("SPARQL");
    assertThat(site.find("h1").getText()).isEqualTo("SPARQL");
    assertThat(site.screenshot("sparql")).isNotEmptyFile();
  }
}
