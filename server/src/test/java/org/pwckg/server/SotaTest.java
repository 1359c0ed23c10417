package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Leaderboards of the real archive slices; expected values read off the evaluation-tables dump. */
class SotaTest {
  static final String ARXIV = "/api/v1/sota/node-property-prediction/ogbn-arxiv";
  static final String AG_NEWS = "/api/v1/sota/text-classification/ag-news";
  static final String CHEXPERT = "/api/v1/sota/multi-label-classification/chexpert";

  /**
   * A subdataset: "Restricted" is also a subdataset of CoNLL-2014 10 Annotations (and, slugged, of
   * JFLEG).
   */
  static final String CONLL = "/api/v1/sota/grammatical-error-correction/conll-2014-shared-task";

  static final String CONLL_RESTRICTED =
      "/api/v1/sota/grammatical-error-correction/conll-2014-shared-task/restricted";

  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void a_higher_is_better_leaderboard_ranks_the_largest_value_first() {
    JsonNode t = server.json(ARXIV, 200);
    assertThat(t.get("metric").get("id").asText()).isEqualTo("test-accuracy");
    assertThat(t.get("metric").get("direction").asText()).isEqualTo("higher_is_better");
    assertThat(t.get("ranked").asInt()).isEqualTo(46);
    JsonNode first = t.get("rows").get(0);
    assertThat(first.get("rank").asInt()).isEqualTo(1);
    assertThat(first.get("model").asText()).isEqualTo("RevGAT+N.Adj+LabelReuse+SelfKD");
    assertThat(first.get("value").asDouble()).isEqualTo(0.7426);
    assertThat(first.get("raw_value").asText()).isEqualTo("0.7426 ± 0.0017");
    assertThat(values(t)).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void a_lower_is_better_leaderboard_ranks_the_smallest_value_first() {
    JsonNode t = server.json(AG_NEWS, 200);
    assertThat(t.get("metric").get("name").asText()).isEqualTo("Error");
    assertThat(t.get("metric").get("direction").asText()).isEqualTo("lower_is_better");
    assertThat(models(t)).containsExactly("ULMFiT", "CNN", "DPCNN", "VDCN", "Char-level CNN");
    assertThat(values(t)).containsExactly(5.01, 6.57, 6.87, 8.67, 9.51);
  }

  @Test
  void metrics_are_listed_in_the_tables_own_order() {
    JsonNode t = server.json("/api/v1/sota/word-level-models/wikitext-103", 200);
    List<String> names = new ArrayList<>();
    t.get("metrics").forEach(m -> names.add(m.get("name").asText()));
    assertThat(names)
        .containsExactly("Validation perplexity", "Test perplexity", "Number of params");
    assertThat(t.get("metric").get("name").asText()).isEqualTo("Validation perplexity");
  }

  @Test
  void a_metric_spelled_two_ways_is_shown_as_each_table_wrote_it() {
    JsonNode narrativeQa = server.json("/api/v1/sota/reading-comprehension/narrativeqa", 200);
    JsonNode gigaword = server.json("/api/v1/sota/summarization/gigaword", 200);
    assertThat(narrativeQa.get("metrics").get(3).get("name").asText()).isEqualTo("Rouge-L");
    assertThat(gigaword.get("metrics").get(2).get("name").asText()).isEqualTo("ROUGE-L");
    assertThat(narrativeQa.get("metrics").get(3).get("id"))
        .isEqualTo(gigaword.get("metrics").get(2).get("id"));
    assertThat(gigaword.get("rows").get(0).get("metrics").has("ROUGE-L")).isTrue();
  }

  @Test
  void equal_values_share_a_rank() {
    JsonNode rows = server.json(CHEXPERT, 200).get("rows");
    assertThat(rows.get(0).get("model").asText()).isEqualTo("Hierarchical-Learning-V1 (ensemble)");
    assertThat(rows.get(1).get("model").asText()).isEqualTo("DeepAUC-v1");
    assertThat(
            List.of(
                rows.get(0).get("rank").asInt(),
                rows.get(1).get("rank").asInt(),
                rows.get(2).get("rank").asInt()))
        .containsExactly(1, 1, 3);
  }

  @Test
  void another_metric_is_chosen_by_id_or_name_and_unparseable_values_come_last() {
    JsonNode t = server.json(ARXIV + "?metric=validation-accuracy", 200);
    assertThat(
            server
                .json(ARXIV + "?metric=Validation+Accuracy", 200)
                .get("metric")
                .get("id")
                .asText())
        .isEqualTo("validation-accuracy");
    assertThat(t.get("ranked").asInt()).isEqualTo(44);
    assertThat(t.get("rows").get(0).get("value").asDouble()).isEqualTo(0.7519);
    JsonNode last = t.get("rows").get(45);
    assertThat(last.get("rank").isNull()).isTrue();
    assertThat(last.get("value").isNull()).isTrue();
    assertThat(last.get("raw_value").asText()).isEqualTo("Please tell us");
  }

  @Test
  void rows_carry_paper_date_code_links_all_metrics_and_the_extra_data_flag() {
    JsonNode first = server.json(ARXIV, 200).get("rows").get(0);
    assertThat(first.get("paper").get("id").asText()).isEqualTo("arxiv-2106-07476");
    assertThat(first.get("date").asText()).isEqualTo("2021-06-21");
    assertThat(first.get("code_links").get(0).asText())
        .isEqualTo(
            "https://github.com/lightaime/deep_gcns_torch/tree/master/examples/ogb_eff/ogbn_arxiv_dgl");
    assertThat(first.get("uses_extra_training_data").asBoolean()).isFalse();
    assertThat(first.get("metrics").get("Validation Accuracy").get("raw_value").asText())
        .isEqualTo("0.7497 ± 0.0008");
  }

  @Test
  void leaving_out_extra_training_data_keeps_rows_that_used_none() {
    assertThat(models(server.json(ARXIV + "?include_extra_data=false", 200)))
        .isEqualTo(models(server.json(ARXIV, 200)));
  }

  @Test
  void as_of_answers_what_was_state_of_the_art_that_day() {
    JsonNode t = server.json(ARXIV + "?as_of=2020-12-31", 200);
    assertThat(t.get("as_of").asText()).isEqualTo("2020-12-31");
    assertThat(t.get("rows")).hasSize(33);
    assertThat(t.get("rows").get(0).get("model").asText()).isEqualTo("GAT+label reuse+self KD");
    t.get("rows")
        .forEach(r -> assertThat(r.get("date").asText()).isLessThanOrEqualTo("2020-12-31"));
  }

  @Test
  void history_lists_the_record_breaking_results_over_time() {
    JsonNode records = server.json(ARXIV + "/history", 200).get("records");
    assertThat(records).hasSize(13);
    assertThat(records.get(0).get("model").asText()).isEqualTo("GCN");
    assertThat(records.get(0).get("date").asText()).isEqualTo("2020-05-01");
    assertThat(records.get(12).get("model").asText()).isEqualTo("RevGAT+N.Adj+LabelReuse+SelfKD");
    List<Double> values = new ArrayList<>();
    records.forEach(r -> values.add(r.get("value").asDouble()));
    assertThat(values).isSortedAccordingTo(Double::compare).doesNotHaveDuplicates();
  }

  @Test
  void history_of_a_chart_follows_the_metric_direction() {
    JsonNode records = server.json(CHEXPERT + "/history", 200).get("records");
    assertThat(records).hasSize(5);
    assertThat(records.get(4).get("value").asDouble()).isEqualTo(0.930);
  }

  @Test
  void bad_sota_parameters_are_400_and_unknown_tables_404() {
    assertThat(server.json(ARXIV + "?metric=bleu", 400).get("message").asText())
        .contains("test-accuracy");
    assertThat(server.json(ARXIV + "?as_of=yesterday", 400).get("message").asText())
        .contains("as_of");
    server.json("/api/v1/sota/node-property-prediction/no-such-dataset", 404);
  }

  @Test
  void a_dataset_part_has_its_own_leaderboard_ranked_largest_first() {
    JsonNode t = server.json(CONLL_RESTRICTED, 200);
    assertThat(t.get("dataset").get("id").asText()).isEqualTo("conll-2014-shared-task/restricted");
    assertThat(t.get("dataset").get("name").asText()).isEqualTo("Restricted");
    assertThat(t.get("metric").get("name").asText()).isEqualTo("F0.5");
    assertThat(t.get("metric").get("direction").asText()).isEqualTo("higher_is_better");
    assertThat(models(t))
        .containsExactly(
            "CNN Seq2Seq + Quality Estimation", "SMT + BiGRU", "Transformer", "CNN Seq2Seq");
    assertThat(values(t)).containsExactly(56.52, 56.25, 55.8, 54.79);
  }

  @Test
  void a_part_of_the_same_name_under_another_dataset_keeps_its_own_rows() {
    JsonNode t =
        server.json(
            "/api/v1/sota/grammatical-error-correction/conll-2014-10-annotations/restricted", 200);
    assertThat(t.get("dataset").get("id").asText())
        .isEqualTo("conll-2014-10-annotations/restricted");
    assertThat(models(t)).containsExactly("SMT + BiGRU", "CNN Seq2Seq");
    assertThat(t.get("rows").get(0).get("value").asDouble()).isEqualTo(72.04);
  }

  @Test
  void a_lower_is_better_dataset_part_ranks_the_smallest_first_and_ties_share_a_rank() {
    JsonNode t = server.json("/api/v1/sota/text-classification/trec/trec-6", 200);
    assertThat(t.get("metric").get("direction").asText()).isEqualTo("lower_is_better");
    assertThat(models(t))
        .containsExactly("USE_T+CNN", "ULMFiT", "LSTM-CNN", "CNN+MCFA", "TBCNN", "CoVe");
    assertThat(values(t)).containsExactly(1.93, 3.6, 3.9, 4.0, 4.0, 4.2);
    List<Integer> ranks = new ArrayList<>();
    t.get("rows").forEach(r -> ranks.add(r.get("rank").asInt()));
    assertThat(ranks).containsExactly(1, 2, 3, 4, 4, 6);
  }

  @Test
  void an_unknown_dataset_part_is_a_404_json_error() {
    JsonNode e =
        server.json(
            "/api/v1/sota/grammatical-error-correction/conll-2014-shared-task/no-such-part", 404);
    assertThat(e.get("error").asText()).isEqualTo("not_found");
    assertThat(e.get("message").asText()).contains("conll-2014-shared-task/no-such-part");
  }

  @Test
  void every_leaderboard_a_task_or_dataset_page_links_answers_with_a_table() {
    List<String> pages =
        List.of(
            "/api/v1/tasks/grammatical-error-correction",
            "/api/v1/tasks/sentiment-analysis",
            "/api/v1/tasks/text-classification",
            "/api/v1/tasks/hypernym-discovery",
            "/api/v1/datasets/conll-2014-shared-task",
            "/api/v1/datasets/conll-2014-shared-task/restricted");
    List<String> urls = new ArrayList<>();
    pages.forEach(
        p -> server.json(p, 200).get("leaderboards").forEach(l -> urls.add(l.get("url").asText())));
    assertThat(urls).contains(CONLL_RESTRICTED).doesNotContain(CONLL);
    urls.forEach(url -> assertThat(server.json(url, 200).get("rows")).as(url).isNotEmpty());
    assertThat(server.json(CONLL_RESTRICTED + "/history", 200).get("dataset").get("id").asText())
        .isEqualTo("conll-2014-shared-task/restricted");
  }

  @Test
  void a_dataset_known_only_by_its_parts_answers_404_naming_the_parts_leaderboards() {
    JsonNode e = server.json(CONLL, 404);
    assertThat(e.get("message").asText())
        .contains("CoNLL-2014 Shared Task")
        .contains("no leaderboard of its own");
    assertThat(e.get("hint").asText())
        .contains(CONLL_RESTRICTED)
        .contains(CONLL + "/unrestricted")
        .doesNotContain("10-annotations");
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
