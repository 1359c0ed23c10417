package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Behind a proxy (--public-url / public base), the page links of the JSON API point at the public
 * address.
 */
class PublicBaseLinksTest {
  static final String BASE = "https://pwc.example.org/kg/";

  @RegisterExtension
  static final LiveServer server = LiveServer.on(TestDatabase::shared, c -> c.withPublicBase(BASE));

  @Test
  void the_next_page_of_papers_is_under_the_public_base_and_keeps_the_filters() {
    String next =
        server
            .json("/api/v1/papers?year_from=1990&year_to=1995&items_per_page=2", 200)
            .get("next")
            .asText();
    assertThat(next).startsWith(BASE + "api/v1/papers?");
    assertThat(query(next))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("year_from", "1990", "year_to", "1995", "items_per_page", "2", "page", "2"));
  }

  @Test
  void the_previous_page_is_under_the_public_base_and_follows_it_back() {
    JsonNode page2 = server.json("/api/v1/papers?q=learning&items_per_page=1&page=2", 200);
    String previous = page2.get("previous").asText();
    assertThat(previous).startsWith(BASE + "api/v1/papers?");
    assertThat(query(previous))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("q", "learning", "items_per_page", "1", "page", "1"));
    JsonNode page1 = server.json("/" + previous.substring(BASE.length()), 200);
    assertThat(page1.get("results").get(0)).isNotEqualTo(page2.get("results").get(0));
  }

  @Test
  void catalogue_and_search_pages_link_under_the_public_base() {
    String datasets =
        server.json("/api/v1/datasets?q=image&items_per_page=1", 200).get("next").asText();
    String search =
        server
            .json("/api/v1/search?mode=keyword&q=quantum&items_per_page=1", 200)
            .get("next")
            .asText();
    assertThat(datasets).startsWith(BASE + "api/v1/datasets?");
    assertThat(query(datasets)).containsEntry("q", "image").containsEntry("page", "2");
    assertThat(search).startsWith(BASE + "api/v1/search?");
    assertThat(query(search))
        .containsEntry("q", "quantum")
        .containsEntry("mode", "keyword")
        .containsEntry("page", "2");
  }

  /** The decoded parameters of a link (each given once here). */
  static Map<String, String> query(String link) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : URI.create(link).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(
          URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }
}
