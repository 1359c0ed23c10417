package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pwckg.embed.model.BundledModel;

/**
 * A database embedded before the default model became int8 (its vectors are fp32): the server
 * queries them with the fp32 model, whose id the index records, instead of turning semantic search
 * off.
 */
class Fp32VectorsSearchTest {
  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(
          () -> {
            Path db = TestDatabase.fresh();
            EmbeddedSearchApiTest.embedPapersWithAbstracts(db, BundledModel.MINILM_FP32);
            return db;
          },
          c -> c);

  @Test
  void semantic_search_finds_a_paper_by_meaning_in_fp32_vectors() {
    JsonNode r =
        server.json(
            "/api/v1/search?mode=semantic&conference=acl-2024&q="
                + LiveServer.encode("translating speech while it is still being spoken"),
            200);
    assertThat(r.get("notes")).isEmpty();
    assertThat(r.get("results")).isNotEmpty();
    assertThat(r.get("results").get(0).get("name").asText().toLowerCase()).contains("speech");
  }

  @Test
  void hybrid_search_still_uses_both_engines() {
    JsonNode r =
        server.json(
            "/api/v1/search?q=" + LiveServer.encode("generative adversarial networks"), 200);
    assertThat(r.get("mode").asText()).isEqualTo("hybrid");
    assertThat(r.get("notes")).isEmpty();
    assertThat(r.get("results").get(0).get("semantic_rank").isNull()).isFalse();
  }

  @Test
  void related_papers_name_the_fp32_model() {
    JsonNode r = server.json("/api/v1/papers/generative-adversarial-networks/related?k=3", 200);
    assertThat(r.get("model").asText()).isEqualTo("all-MiniLM-L6-v2@fp32");
    assertThat(r.get("results").get(0).get("signals").get(0).get("kind").asText())
        .isEqualTo("text");
  }
}
