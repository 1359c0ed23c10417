package org.pwckg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

class IrisTest {
  private final Iris iris = Iris.DEFAULT;

  @Test
  void a_pwc_paper_url_gives_the_paper_slug() {
    assertThat(
            Iris.pwcPaperSlug("https://paperswithcode.com/paper/generative-adversarial-networks"))
        .hasValue("generative-adversarial-networks");
  }

  @Test
  void an_arxiv_pdf_url_gives_the_identifier_without_version() {
    assertThat(Iris.arxivId("https://arxiv.org/pdf/1406.2661v1.pdf")).hasValue("1406.2661");
    assertThat(Iris.arxivId("https://arxiv.org/abs/cs/9301114")).hasValue("cs/9301114");
  }

  @Test
  void a_github_repository_is_named_as_in_linked_papers_with_code() {
    assertThat(
            iris.repository("https://github.com/paul-buerkner/psis-non-factorized-paper.git")
                .getURI())
        .isEqualTo(
            "https://w3id.org/pwckg/repository/github.com/paul-buerkner/psis-non-factorized-paper");
  }

  @Test
  void a_repository_url_without_a_host_is_refused() {
    assertThatThrownBy(() -> iris.repository("github.com/owner/name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an absolute URL");
  }

  @Test
  void a_result_lives_under_result_next_to_its_table() {
    Node table = iris.evaluationTable("Question Answering", "SQuAD1.1");
    assertThat(
            iris.result(table, "DCN+ (single model)", "https://arxiv.org/abs/1711.00106").getURI())
        .startsWith("https://w3id.org/pwckg/result/question-answering/squad1-1/");
  }

  @Test
  void a_result_iri_does_not_depend_on_the_base_containing_evaluation() {
    Iris other = new Iris("https://example.org/evaluation/kg/");
    Node table = other.evaluationTable("Question Answering", "SQuAD1.1");
    assertThat(other.result(table, "BiDAF", "https://arxiv.org/abs/1611.01603").getURI())
        .startsWith("https://example.org/evaluation/kg/result/question-answering/squad1-1/");
  }

  @Test
  void a_row_that_repeats_model_and_paper_in_a_table_gets_its_own_iri() {
    // SQuAD1.1 lists "Conductor-net (ensemble)" of arXiv 1710.10504 twice, with other numbers.
    Node table = iris.evaluationTable("Question Answering", "SQuAD1.1");
    String model = "Conductor-net (ensemble)";
    String paper = "https://arxiv.org/abs/1710.10504";
    assertThat(iris.result(table, model, paper, 1)).isEqualTo(iris.result(table, model, paper));
    assertThat(iris.result(table, model, paper, 2))
        .isNotEqualTo(iris.result(table, model, paper, 1));
    assertThatThrownBy(() -> iris.result(table, model, paper, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_empty_name_is_refused_rather_than_naming_the_collection() {
    assertThatThrownBy(() -> iris.model(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model");
    assertThatThrownBy(() -> iris.task("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> iris.evaluationTable("Question Answering", ""))
        .isInstanceOf(IllegalArgumentException.class);
    Node result = iris.result(iris.evaluationTable("Question Answering", "HotpotQA"), "", "");
    assertThatThrownBy(() -> iris.score(result, " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_result_without_a_model_name_still_has_an_iri() {
    // HotpotQA rows with an empty model_name are real; the row index is their paper key.
    Node table = iris.evaluationTable("Question Answering", "HotpotQA");
    assertThat(iris.result(table, "", "3")).isNotEqualTo(iris.result(table, "", "4"));
  }

  @Test
  void names_without_ascii_letters_get_distinct_hashed_slugs() {
    assertThat(Slugs.of("张伟")).startsWith("x-").isNotEqualTo(Slugs.of("李娜"));
    assertThat(Slugs.of("张伟")).isEqualTo(Slugs.of(" 张伟 "));
    assertThat(iris.author("张伟")).isNotEqualTo(iris.author("李娜"));
  }

  @Test
  void slugs_fold_accents_and_collapse_punctuation_like_pwc() {
    assertThat(Slugs.of("Päivi Törmä")).isEqualTo("paivi-torma");
    assertThat(Slugs.of("DALL·E 2")).isEqualTo("dall-e-2");
    assertThat(Slugs.of("Bit per Character (BPC)")).isEqualTo("bit-per-character-bpc");
    assertThat(Slugs.of("")).isEmpty();
  }

  @Test
  void metric_names_that_differ_only_in_case_or_spacing_share_an_iri() {
    assertThat(iris.metric("Rouge-L")).isEqualTo(iris.metric("ROUGE-L"));
    assertThat(iris.metric("F1 score")).isEqualTo(iris.metric("F1-score"));
  }

  @Test
  void a_star_a_percent_sign_or_a_plus_makes_another_metric() {
    assertThat(iris.metric("ROUGE-2*").getURI()).endsWith("/metric/rouge-2-star");
    assertThat(iris.metric("ROUGE-2*")).isNotEqualTo(iris.metric("ROUGE-2"));
    assertThat(iris.metric("% Test Accuracy")).isNotEqualTo(iris.metric("Test Accuracy"));
    assertThat(iris.metric("BLEU+")).isNotEqualTo(iris.metric("BLEU"));
  }

  @Test
  void scores_of_two_metrics_in_one_row_stay_apart() {
    Node row = iris.result(iris.evaluationTable("Text Summarization", "Gigaword"), "m", "p");
    assertThat(iris.score(row, "ROUGE-2*")).isNotEqualTo(iris.score(row, "ROUGE-2"));
  }

  @Test
  void a_tables_metric_columns_live_under_the_table_apart_from_its_subdatasets() {
    Node table = iris.evaluationTable("Summarization", "Gigaword");
    assertThat(iris.metricColumn(table, 1).getURI()).isEqualTo(table.getURI() + "/_metric-1");
  }
}
