package org.pwckg.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pwckg.server.error.ApiException;

class NegotiationTest {
  @Test
  void a_browser_gets_html_and_a_client_accepting_anything_gets_the_first_offer() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    assertThat(Negotiation.choose(browser, null, Negotiation.DOCUMENTS)).isEqualTo(Format.HTML);
    assertThat(Negotiation.choose("*/*", null, Negotiation.DOCUMENTS)).isEqualTo(Format.TURTLE);
    assertThat(Negotiation.choose(null, null, Negotiation.RESULTS)).isEqualTo(Format.SPARQL_JSON);
  }

  @Test
  void quality_values_decide_between_accepted_types() {
    assertThat(
            Negotiation.choose("text/turtle;q=0.5, application/ld+json", null, Negotiation.GRAPHS))
        .isEqualTo(Format.JSONLD);
  }

  @Test
  void a_short_name_means_the_format_of_the_operation_at_hand() {
    assertThat(Negotiation.choose(null, "xml", Negotiation.RESULTS)).isEqualTo(Format.SPARQL_XML);
    assertThat(Negotiation.choose(null, "xml", Negotiation.GRAPHS)).isEqualTo(Format.RDFXML);
    assertThat(Negotiation.choose("text/csv", "json", Negotiation.RESULTS))
        .isEqualTo(Format.SPARQL_JSON);
  }

  @Test
  void a_format_not_offered_is_refused() {
    assertThatThrownBy(() -> Negotiation.choose(null, "csv", Negotiation.GRAPHS))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> Negotiation.choose("image/png", null, Negotiation.GRAPHS))
        .isInstanceOf(ApiException.class);
  }
}
