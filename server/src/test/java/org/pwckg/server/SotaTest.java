package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SotaTest {
  static final String SQUAD = "/api/v1/sota/question-answering/squad1-1";
  static final String PTB = "/api/v1/sota/language-modelling/penn-treebank";
  static LiveServer server;

  @BeforeAll
  static void start() {
    server = LiveServer.start(TestDatabase.create(), c -> c);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_higher_is_better_leaderboard_ranks_the_largest_value_first() {
    JsonNode t = server.json(SQUAD, 200);
    assertThat(t.get("metric").get("name").asText()).isEqualTo("EM");
    assertThat(t.get("metric").get("direction").asText()).isEqualTo("higher_is_better");
    assertThat(models(t)).containsExactly("XLNet (extra data)", "BERT (single)", "BiDAF", "Human");
    assertThat(t.get("rows").get(0).get("rank").asInt()).isEqualTo(1);
  }

  @Test
  void a_lower_is_better_leaderboard_ranks_the_smallest_value_first() {
    JsonNode t = server.json(PTB, 200);
    assertThat(t.get("metric").get("direction").asText()).isEqualTo("lower_is_better");
    assertThat(values(t)).containsExactly(57.3, 60.1, 78.4);
  }

  @Test
  void unparseable_values_come_after_the_ranked_rows_with_their_raw_text() {
    JsonNode last = server.json(SQUAD, 200).get("rows").get(3);
    assertThat(last.get("rank").isNull()).isTrue();
    assertThat(last.get("value").isNull()).isTrue();
    assertThat(last.get("raw_value").asText()).isEqualTo("Please tell us");
  }

  @Test
  void rows_carry_paper_date_code_and_extra_data_flag() {
    JsonNode bert = server.json(SQUAD, 200).get("rows").get(1);
    assertThat(bert.get("paper").get("id").asText()).isEqualTo("bert");
    assertThat(bert.get("date").asText()).isEqualTo("2018-10-11");
    assertThat(bert.get("code_links").get(0).asText()).isEqualTo("https://github.com/google-research/bert");
    assertThat(bert.get("uses_extra_training_data").asBoolean()).isFalse();
    assertThat(bert.get("metrics").get("F1").get("value").asDouble()).isEqualTo(90.9);
  }

  @Test
  void another_metric_can_be_chosen_by_id_or_name() {
    assertThat(models(server.json(SQUAD + "?metric=f1", 200))).first().isEqualTo("BERT (single)");
    assertThat(server.json(SQUAD + "?metric=F1", 200).get("metric").get("id").asText()).isEqualTo("f1");
  }

  @Test
  void extra_training_data_rows_can_be_left_out() {
    assertThat(models(server.json(SQUAD + "?include_extra_data=false", 200))).doesNotContain("XLNet (extra data)");
  }

  @Test
  void as_of_answers_what_was_state_of_the_art_that_day() {
    JsonNode t = server.json(SQUAD + "?as_of=2018-12-31", 200);
    assertThat(models(t)).containsExactly("BERT (single)", "BiDAF");
    assertThat(t.get("as_of").asText()).isEqualTo("2018-12-31");
  }

  @Test
  void history_lists_the_record_breaking_results_over_time() {
    JsonNode h = server.json(PTB + "/history", 200);
    List<String> models = new ArrayList<>();
    h.get("records").forEach(r -> models.add(r.get("model").asText()));
    assertThat(models).containsExactly("LSTM", "AWD-LSTM");
    assertThat(h.get("records").get(1).get("date").asText()).isEqualTo("2017-08-07");
  }

  @Test
  void bad_sota_parameters_are_400_and_unknown_tables_404() {
    assertThat(server.json(SQUAD + "?metric=bleu", 400).get("message").asText()).contains("em");
    assertThat(server.json(SQUAD + "?as_of=yesterday", 400).get("message").asText()).contains("as_of");
    server.json("/api/v1/sota/question-answering/no-such-dataset", 404);
  }

  static List<String> models(JsonNode table) {
    List<String> out = new ArrayList<>();
    table.get("rows").forEach(r -> out.add(r.get("model").asText()));
    return out;
  }

  static List<Double> values(JsonNode table) {
    List<Double> out = new ArrayList<>();
    table.get("rows").forEach(r -> out.add(r.get("value").asDouble()));
    return out;
  }
}
