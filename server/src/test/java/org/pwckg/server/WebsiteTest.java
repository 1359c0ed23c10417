package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The website over the real archive slices with the seed paper (DeepSeek-VL) ingested beside them,
 * read by the selectors of docs/WEBSITE.md.
 */
class WebsiteTest {
  static final String BROWSER = LinkedDataTest.BROWSER;
  static final String SEED = "/paper/deepseek-vl-towards-real-world-vision";
  static final String SEED_BOARD = "/evaluation/visual-question-answering/mm-vet";

  @RegisterExtension static final LiveServer server = LiveServer.on(WebsiteTest::prepare, c -> c);

  static Path prepare() {
    Path db = TestDatabase.website();
    try {
      FigureApiTest.embedCaptions(db);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return db;
  }

  static Document page(String path) {
    HttpResponse<String> r = server.get(path, BROWSER);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    return Jsoup.parse(r.body(), server.url(path));
  }

  static void hasTheLayout(Document d) {
    Element nav = d.selectFirst("header nav[aria-label=Main]");
    assertThat(nav).isNotNull();
    assertThat(nav.select("a").eachAttr("href"))
        .containsExactly(
            "/tasks", "/sota", "/datasets", "/papers", "/methods", "/submit", "/about");
    assertThat(d.select("main#main")).hasSize(1);
    assertThat(d.selectFirst("footer").text()).contains("Papers With Code", "CC-BY-SA 4.0");
    assertThat(d.title()).isNotBlank();
    assertThat(d.select("meta[name=description]").attr("content")).isNotBlank();
    assertThat(d.select("link[rel=canonical]").attr("href")).startsWith("http://");
    assertThat(d.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/assets/site.css");
  }

  @Test
  void the_seed_paper_page_shows_every_element_of_the_design_page_in_its_order() {
    Document d = page(SEED);
    hasTheLayout(d);
    assertThat(d.selectFirst("h1#title").text())
        .isEqualTo("DeepSeek-VL: Towards Real-World Vision-Language Understanding");
    assertThat(d.selectFirst("#authors").text()).startsWith("Haoyu Lu").contains("Chong Ruan");
    assertThat(d.selectFirst("#authors").text().split(", ")).hasSize(15);
    assertThat(d.selectFirst("time#date").attr("datetime")).isEqualTo("2024-03-08");
    assertThat(d.select("#tasks a.chip").eachText())
        .containsExactlyInAnyOrder(
            "Chatbot",
            "Multimodal Deep Learning",
            "Language Modelling",
            "Visual Question Answering",
            "Optical Character Recognition (OCR)");
    assertThat(d.select("#tasks a.chip").eachAttr("href")).allMatch(h -> h.startsWith("/task/"));
    assertThat(d.selectFirst("a#paper-link").attr("href")).contains("arxiv.org/abs/2403.05525");
    assertThat(d.selectFirst("a#pdf-link").attr("href")).contains("arxiv.org/pdf/2403.05525");
    assertThat(d.selectFirst("a#code-link").attr("href"))
        .isEqualTo("https://github.com/deepseek-ai/DeepSeek-VL");
    assertThat(d.selectFirst("#abstract").text()).startsWith("We present DeepSeek-VL");
    assertThat(d.select("table#results thead th").eachText())
        .containsExactly("Task", "Dataset", "Metric", "Value", "Model");
    assertThat(d.select("table#results tbody tr").eachText())
        .anyMatch(
            row ->
                row.contains("Visual Question Answering")
                    && row.contains("MM-Vet")
                    && row.contains("GPT-4 score")
                    && row.contains("41.5")
                    && row.contains("DeepSeek-VL"));
    assertThat(d.select("#related li")).isNotEmpty();
    for (Element li : d.select("#related li")) {
      assertThat(li.selectFirst("a").attr("href")).startsWith("/paper/");
      assertThat(li.select("time")).hasSize(1);
      assertThat(li.selectFirst(".reason").text()).isNotBlank();
    }
    assertThat(d.select("#methods")).hasSize(1);
    assertThat(d.select("#datasets")).hasSize(1);
    List<String> order =
        List.of(
            "h1#title",
            "#authors",
            "time#date",
            "#tasks",
            "#links",
            "#abstract",
            "table#results",
            "#related");
    List<Element> all = d.getAllElements();
    int previous = -1;
    for (String selector : order) {
      int at = all.indexOf(d.selectFirst(selector));
      assertThat(at).as(selector + " comes after the previous element").isGreaterThan(previous);
      previous = at;
    }
    assertThat(d.select("a.rdf-ttl").attr("href")).isEqualTo(SEED + ".ttl");
    assertThat(d.select("a.rdf-jsonld").attr("href")).isEqualTo(SEED + ".jsonld");
    assertThat(d.select("link[rel=alternate][type=text/turtle]").attr("href"))
        .isEqualTo(SEED + ".ttl");
    assertThat(d.select("link[rel=alternate][type=application/ld+json]").attr("href"))
        .isEqualTo(SEED + ".jsonld");
  }

  @Test
  void a_paper_with_figures_shows_their_thumbnails_and_captions() {
    Document d = page("/paper/a-unified-temporal-knowledge-graph-reasoning-model-towards");
    Elements figures = d.select("#figures figure");
    assertThat(figures).isNotEmpty();
    Element img = figures.first().selectFirst("img");
    assertThat(img.attr("alt")).contains("Bellman-Ford");
    assertThat(img.attr("src")).matches("/figures/[0-9a-f]{64}/thumbnail");
    assertThat(figures.first().selectFirst("figcaption").text()).contains("Bellman-Ford");
    assertThat(server.getBytes(img.attr("src")).statusCode()).isEqualTo(200);
  }

  @Test
  void the_entity_iri_keeps_serving_rdf_by_content_negotiation_and_suffix() {
    assertThat(server.get(SEED, "text/turtle").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/turtle");
    assertThat(server.get(SEED + ".jsonld", BROWSER).headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
    assertThat(server.get(SEED, null).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/turtle");
    assertThat(server.get(SEED + ".html", null).body()).contains("id=\"title\"");
  }

  @Test
  void the_home_page_shows_counts_notable_benchmarks_latest_papers_and_a_search_box() {
    Document d = page("/");
    hasTheLayout(d);
    assertThat(d.select("#counts li").eachText()).anyMatch(t -> t.endsWith("papers"));
    assertThat(d.select("#notable-benchmarks li a").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.startsWith("/evaluation/"));
    assertThat(d.select("#latest-papers li")).isNotEmpty();
    assertThat(d.select("form[role=search] input[name=q]")).isNotEmpty();
  }

  @Test
  void the_home_page_counts_agree_with_the_listings() {
    java.util.Map<String, String> counts = new java.util.HashMap<>();
    for (Element a : page("/").select("#counts li a"))
      counts.put(a.ownText().strip(), a.selectFirst("strong").text());
    for (String kind : List.of("tasks", "datasets", "methods")) {
      String query = kind.equals("tasks") ? "" : "?items_per_page=1";
      long listed = server.json("/api/v1/" + kind + query, 200).get("count").asLong();
      assertThat(counts.get(kind)).as(kind).isEqualTo(String.format("%,d", listed));
    }
  }

  @Test
  void the_latest_papers_on_the_home_page_are_dated_newest_first() {
    // The slices' other papers with code are undated (ACL 2024 and the like): they are left out.
    Elements latest = page("/").select("#latest-papers li");
    assertThat(latest.select("a").eachAttr("href"))
        .containsExactly(SEED, "/paper/generative-adversarial-networks");
    assertThat(latest.select("time").eachAttr("datetime"))
        .containsExactly("2024-03-08", "2014-06-10");
  }

  @Test
  void the_leaderboard_page_ranks_results_and_charts_the_state_of_the_art() {
    String board = page("/").selectFirst("#notable-benchmarks li a").attr("href");
    Document d = page(board);
    hasTheLayout(d);
    Elements rows = d.select("table#leaderboard tbody tr");
    assertThat(rows).isNotEmpty();
    assertThat(rows.first().selectFirst("td.rank").text()).isEqualTo("1");
    for (String cell : List.of("td.model", "td.metric", "td.paper", "td.code", "td.date"))
      assertThat(rows.first().select(cell)).as(cell).isNotEmpty();
    assertThat(rows.first().select("td.extra-data")).hasSize(1);
    assertThat(d.select("form#controls[method=get] select[name=metric] option")).isNotEmpty();
    assertThat(d.select("form#controls input[name=as_of][type=date]")).hasSize(1);
    assertThat(d.select("form#controls input[name=include_extra_data][type=checkbox]")).hasSize(1);
    Elements points = d.select("svg#sota-chart circle.point");
    JsonNode api = server.json("/api/v1/sota" + board.substring("/evaluation".length()), 200);
    long dated = 0;
    for (JsonNode row : api.get("rows"))
      if (!row.get("date").isNull() && !row.get("value").isNull()) dated++;
    assertThat(points).hasSize((int) dated);
    assertThat(points.first().attr("data-date")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(d.select("svg#sota-chart path.sota-step")).hasSize(1);
    assertThat(rows).hasSize(Math.min(50, api.get("rows").size()));
    assertThat(d.select("a[rel=next]")).hasSize(api.get("rows").size() > 50 ? 1 : 0);
    String csv = server.get(d.selectFirst("a#chart-csv").attr("href"), null).body();
    assertThat(csv).startsWith("date,value,model,paper,record\n");
    assertThat(csv.lines().count() - 1).isEqualTo(dated);
    assertThat(server.json(d.selectFirst("a#chart-json").attr("href"), 200).get("points"))
        .hasSize((int) dated);
  }

  /** OGB's ogbn-arxiv leaderboard: results from 2020-05-01 to 2021-06-28. */
  static final String OGBN_ARXIV = "/evaluation/node-property-prediction/ogbn-arxiv";

  @Test
  void the_date_axis_of_a_chart_over_one_year_marks_its_months() {
    List<String> ticks =
        page(OGBN_ARXIV).select("svg#sota-chart g.x-axis text").eachText().stream()
            .filter(t -> !t.equals("date"))
            .toList();
    assertThat(ticks)
        .containsExactly(
            "May 2020", "Jul 2020", "Sep 2020", "Nov 2020", "Jan 2021", "Mar 2021", "May 2021");
  }

  @Test
  void a_paper_known_only_by_its_arxiv_id_reads_as_its_arxiv_id_not_its_iri() {
    Element first = page(OGBN_ARXIV).selectFirst("table#leaderboard tbody tr td.paper a");
    assertThat(first.attr("href")).isEqualTo("/paper/arxiv-2106-07476");
    assertThat(first.text()).isEqualTo("arXiv:2106.07476");
    assertThat(
            server
                .json("/api/v1/sota" + OGBN_ARXIV.substring("/evaluation".length()), 200)
                .get("rows")
                .get(0)
                .get("paper")
                .get("name")
                .asText())
        .isEqualTo("arXiv:2106.07476");
    Document gcn = page("/paper/arxiv-1609-02907");
    assertThat(gcn.selectFirst("h1#title").text()).isEqualTo("arXiv:1609.02907");
    assertThat(gcn.title()).startsWith("arXiv:1609.02907 – ");
  }

  @Test
  void the_related_papers_of_the_json_answer_carry_their_own_dates() {
    JsonNode related = server.json("/api/v1/papers/generative-adversarial-networks", 200);
    assertThat(related.get("related")).isNotEmpty();
    for (JsonNode r : related.get("related")) {
      JsonNode own = server.json("/api/v1/papers/" + r.get("id").asText(), 200);
      assertThat(r.get("published")).as(r.get("id").asText()).isEqualTo(own.get("published"));
    }
  }

  @Test
  void the_leaderboard_controls_filter_by_date_and_extra_data_without_javascript() {
    Document d = page(SEED_BOARD + "?controls=1&as_of=2024-03-07");
    assertThat(d.select("table#leaderboard tbody tr td.model").eachText())
        .doesNotContain("DeepSeek-VL");
    Document all = page(SEED_BOARD);
    assertThat(all.select("table#leaderboard tbody tr td.model").eachText())
        .contains("DeepSeek-VL");
    assertThat(all.select("input[name=include_extra_data]").hasAttr("checked")).isTrue();
    Document without = page(SEED_BOARD + "?controls=1");
    assertThat(without.select("input[name=include_extra_data]").hasAttr("checked")).isFalse();
  }

  @Test
  void a_dataset_part_has_its_leaderboard_page_chart_data_and_dataset_page() {
    String part = "/evaluation/grammatical-error-correction/conll-2014-shared-task/restricted";
    Document d = page(part);
    assertThat(d.select("table#leaderboard tbody tr")).isNotEmpty();
    assertThat(d.selectFirst("a#chart-csv").attr("href")).isEqualTo(part + "/chart.csv");
    HttpResponse<String> csv = server.get(part + "/chart.csv", null);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body().lines().count() - 1).isEqualTo(d.select("circle.point").size());
    Document dataset = page("/dataset/conll-2014-shared-task/restricted");
    assertThat(dataset.select("table#benchmarks a").eachAttr("href")).contains(part);
  }

  @Test
  void an_entity_without_a_page_of_its_own_shows_its_triples_in_the_site_layout() {
    String area = server.json("/api/v1/areas", 200).get(0).get("id").asText();
    Document d = page("/area/" + area);
    assertThat(d.select("header nav[aria-label=Main]")).hasSize(1);
    assertThat(d.select("main table")).isNotEmpty();
    assertThat(d.select("link[rel=stylesheet]").eachAttr("href"))
        .containsExactly("/assets/site.css");
  }

  @Test
  void the_task_tree_and_a_task_page_show_subtasks_benchmarks_and_papers() {
    Document tree = page("/tasks");
    hasTheLayout(tree);
    assertThat(tree.select("#task-tree > li ul li a")).isNotEmpty();
    String area = server.json("/api/v1/tasks", 200).get("areas").get(0).get("id").asText();
    Document one = page("/tasks?area=" + area);
    assertThat(one.select("#task-tree > li")).hasSize(1);
    Document d = page("/task/visual-question-answering");
    hasTheLayout(d);
    assertThat(d.selectFirst("h1").text()).isEqualTo("Visual Question Answering");
    assertThat(d.select("#description")).hasSize(1);
    assertThat(d.select("#subtasks")).hasSize(1);
    assertThat(d.select("table#benchmarks tbody tr").eachText())
        .anyMatch(r -> r.contains("MM-Vet"));
    assertThat(d.select("#papers li a").eachAttr("href")).contains(SEED);
  }

  @Test
  void all_sota_lists_every_leaderboard_and_filters_by_task() {
    Document all = page("/sota?items_per_page=500");
    int every = all.select("table#all-sota tbody tr").size();
    assertThat(every).isGreaterThan(50);
    assertThat(page("/sota").select("table#all-sota tbody tr")).hasSize(50);
    assertThat(page("/sota").select("a[rel=next]")).hasSize(1);
    Document one = page("/sota?task=visual-question-answering");
    assertThat(one.select("table#all-sota tbody tr"))
        .isNotEmpty()
        .allMatch(r -> r.text().contains("Visual Question Answering"));
    assertThat(one.select("table#all-sota tbody tr").size()).isLessThan(every);
  }

  @Test
  void the_lists_page_through_papers_datasets_and_methods() {
    for (String list : List.of("/papers", "/datasets", "/methods")) {
      Document d = page(list + "?items_per_page=5");
      hasTheLayout(d);
      assertThat(d.select("ol#results li")).as(list).hasSize(5);
      String next = d.selectFirst("a[rel=next]").attr("href");
      Document second = page(next.substring(next.indexOf('/', "http://".length())));
      assertThat(second.select("a[rel=prev]")).as(list).hasSize(1);
      assertThat(second.select("ol#results li").eachText())
          .doesNotContainAnyElementsOf(d.select("ol#results li").eachText());
    }
  }

  @Test
  void dataset_and_method_pages_show_their_description_and_links() {
    Document dataset = page("/dataset/mm-vet");
    hasTheLayout(dataset);
    assertThat(dataset.selectFirst("h1").text()).isEqualTo("MM-Vet");
    assertThat(dataset.select("table#benchmarks a").eachAttr("href")).contains(SEED_BOARD);
    String method = page("/methods?items_per_page=1").selectFirst("ol#results li a").attr("href");
    Document m = page(method);
    hasTheLayout(m);
    assertThat(m.select("h1")).hasSize(1);
    assertThat(m.select("#description")).hasSize(1);
  }

  @Test
  void search_finds_papers_with_highlights_and_facets() {
    Document d = page("/search?q=vision-language&mode=keyword");
    hasTheLayout(d);
    assertThat(d.select("form#search input[name=q]").attr("value")).isEqualTo("vision-language");
    assertThat(d.select("form#search [name=mode]")).hasSize(3);
    assertThat(d.select("ol#search-results li a").eachAttr("href")).contains(SEED);
    assertThat(d.select("ol#search-results mark")).isNotEmpty();
    assertThat(d.select("#facets a").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.contains("q=vision-language") && h.contains("mode=keyword"));
    String task = d.selectFirst("#facets a[href*=task=]").attr("href");
    Document narrowed = page(task);
    assertThat(narrowed.select("ol#search-results li")).isNotEmpty();
    assertThat(narrowed.select("#facets a[href*=has_code=]").eachAttr("href"))
        .isNotEmpty()
        .allMatch(h -> h.contains(task.substring(task.indexOf("task="))));
  }

  @Test
  void figure_search_finds_figures_by_caption_text_with_thumbnails() {
    Document d =
        page("/search?q=" + LiveServer.encode("Bellman-Ford recursive encoding") + "&type=figure");
    assertThat(d.select("form#search select[name=type] option[selected]").attr("value"))
        .isEqualTo("figure");
    Element first = d.selectFirst("ol#search-results li figure");
    assertThat(first.selectFirst("figcaption").text()).contains("Bellman-Ford");
    assertThat(first.selectFirst("img").attr("alt")).contains("Bellman-Ford");
    assertThat(first.select("figcaption a").eachAttr("href"))
        .contains("/paper/a-unified-temporal-knowledge-graph-reasoning-model-towards");
  }

  @Test
  void about_and_submit_say_where_the_data_comes_from_and_how_to_contribute() {
    Document about = page("/about");
    hasTheLayout(about);
    assertThat(about.select("#provenance").text())
        .contains("papers-with-abstracts-seed.json.gz", "methods.json.gz", "figures.jsonl");
    assertThat(about.text()).contains("CC-BY-SA 4.0", "SPARQL");
    assertThat(page("/submit").text()).contains("SPARQL Update", "pwckg ingest");
  }

  @Test
  void an_unknown_page_is_an_html_404_for_browsers_and_json_for_the_api() {
    HttpResponse<String> page = server.get("/paper/no-such-paper", BROWSER);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(Jsoup.parse(page.body()).select("header nav[aria-label=Main]")).hasSize(1);
    HttpResponse<String> route = server.get("/no/such/route", BROWSER);
    assertThat(route.statusCode()).isEqualTo(404);
    assertThat(route.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    HttpResponse<String> api = server.get("/api/v1/papers/no-such-paper", BROWSER);
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
  }

  @Test
  void every_page_stays_under_150_kb_of_html_css_and_js() {
    long assets =
        server.getBytes("/assets/site.css").body().length
            + server.getBytes("/assets/site.js").body().length;
    String board = page("/").selectFirst("#notable-benchmarks li a").attr("href");
    for (String path :
        List.of(
            "/",
            SEED,
            board,
            "/tasks",
            "/task/visual-question-answering",
            "/sota",
            "/papers",
            "/datasets",
            "/methods",
            "/dataset/mm-vet",
            "/search?q=vision",
            "/about")) {
      long html = server.get(path, BROWSER).body().getBytes(StandardCharsets.UTF_8).length;
      assertThat(html + assets).as(path).isLessThan(150_000);
    }
  }
}
