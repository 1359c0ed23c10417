package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetReaderRegistry;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparqlProtocolTest {
  static final String SELECT =
      "SELECT ?paper ?title WHERE { ?paper a <http://purl.org/spar/fabio/ResearchPaper> ; <http://purl.org/dc/terms/title> ?title }";
  static final String CONSTRUCT =
      "CONSTRUCT { ?t <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?t a <http://www.w3.org/ns/mls#Task> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
  static final String ASK = "ASK { ?s a <http://www.w3.org/ns/dcat#Dataset> }";
  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();
  static long papers;
  static long tasks;

  @BeforeAll
  static void countWhatTheQueriesSee() {
    papers =
        rows(
            server.get(
                "/sparql?query=" + LiveServer.encode(SELECT), "application/sparql-results+json"),
            ResultSetLang.RS_JSON);
    tasks =
        graph(
                server.get("/sparql?query=" + LiveServer.encode(CONSTRUCT), "text/turtle"),
                Lang.TURTLE)
            .size();
  }

  @ParameterizedTest(name = "SELECT by GET with Accept {0}")
  @CsvSource({
    "application/sparql-results+json,RS_JSON",
    "application/sparql-results+xml,RS_XML",
    "text/csv,RS_CSV",
    "text/tab-separated-values,RS_TSV"
  })
  void select_by_get_answers_in_every_results_format(String accept, String lang) {
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(SELECT), accept);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
    assertThat(rows(r, resultLang(lang))).isEqualTo(papers).isPositive();
  }

  @Test
  void select_by_form_post_gives_the_same_rows() {
    HttpResponse<String> r =
        server.post(
            "/sparql",
            "application/x-www-form-urlencoded",
            "query=" + LiveServer.encode(SELECT),
            "Accept",
            "application/sparql-results+json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(rows(r, ResultSetLang.RS_JSON)).isEqualTo(papers);
  }

  @Test
  void select_by_direct_post_gives_the_same_rows() {
    HttpResponse<String> r =
        server.post("/sparql", "application/sparql-query", SELECT, "Accept", "text/csv");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(rows(r, ResultSetLang.RS_CSV)).isEqualTo(papers);
  }

  @Test
  void format_parameter_overrides_the_accept_header() {
    HttpResponse<String> r =
        server.get(
            "/sparql?format=tsv&query=" + LiveServer.encode(SELECT),
            "application/sparql-results+xml");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("text/tab-separated-values");
  }

  @Test
  void ask_answers_true_in_json_and_xml() {
    for (String accept :
        new String[] {"application/sparql-results+json", "application/sparql-results+xml"}) {
      HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(ASK), accept);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(
              ResultsReader.create()
                  .lang(accept.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML)
                  .build()
                  .readAny(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)))
                  .getBooleanResult())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "CONSTRUCT with Accept {0}")
  @CsvSource({
    "text/turtle,TURTLE",
    "application/n-triples,NTRIPLES",
    "application/ld+json,JSONLD",
    "application/rdf+xml,RDFXML"
  })
  void construct_answers_in_every_graph_format(String accept, String lang) {
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(CONSTRUCT), accept);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
    assertThat(graph(r, graphLang(lang)).size()).isEqualTo(tasks).isPositive();
  }

  @Test
  void describe_answers_with_the_entity_triples() {
    String q = "DESCRIBE <https://w3id.org/pwckg/task/question-answering>";
    HttpResponse<String> r =
        server.post("/sparql", "application/sparql-query", q, "Accept", "application/n-triples");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(graph(r, Lang.NTRIPLES).size()).isPositive();
  }

  @Test
  void malformed_query_is_400_with_the_parsers_message() {
    HttpResponse<String> r =
        server.get("/sparql?query=" + LiveServer.encode("SELECT * WHERE { ?s ?p }"), null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("malformed_query").contains("line 1");
  }

  @Test
  void a_browser_following_a_query_link_gets_the_editor_with_the_query_and_its_results() {
    String query =
        "SELECT ?title WHERE { <https://w3id.org/pwckg/paper/generative-adversarial-networks>"
            + " <http://purl.org/dc/terms/title> ?title }";
    HttpResponse<String> r =
        server.get("/sparql?query=" + LiveServer.encode(query), LinkedDataTest.BROWSER);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body())
        .contains("&lt;https://w3id.org/pwckg/paper/generative-adversarial-networks&gt;")
        .contains("<th>title</th>")
        .contains("<td>Generative Adversarial Networks</td>")
        .contains("1 row in");
  }

  @Test
  void a_browser_following_a_construct_link_sees_the_triples_in_the_editor() {
    HttpResponse<String> r =
        server.get("/sparql?query=" + LiveServer.encode(CONSTRUCT), LinkedDataTest.BROWSER);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body()).contains("<th>subject</th>").contains(tasks + " triples");
  }

  @Test
  void a_browser_following_a_malformed_query_link_sees_the_parsers_message_beside_the_query() {
    HttpResponse<String> r =
        server.get(
            "/sparql?query=" + LiveServer.encode("SELECT ?x WHERE {"), LinkedDataTest.BROWSER);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body()).contains("SELECT ?x WHERE {").contains("line 1");
  }

  @Test
  void the_yasgui_editor_opens_a_query_link_with_its_results_already_loaded() {
    assumeTrue(
        SparqlProtocolTest.class.getResource("/public/assets/yasgui/yasgui.min.js") != null,
        "YASGUI is not built into this server (-Dweb-assets.skip)");
    HttpResponse<String> r =
        server.get("/sparql?query=" + LiveServer.encode(ASK), LinkedDataTest.BROWSER);
    assertThat(r.body())
        .contains("/assets/yasgui/yasgui.min.js")
        .contains("\\\"boolean\\\" : true")
        .contains("\"contentType\":\"application/sparql-results+json\"");
  }

  @Test
  void a_client_accepting_anything_still_gets_sparql_json_for_a_query_link() {
    HttpResponse<String> r = server.get("/sparql?query=" + LiveServer.encode(ASK), "*/*");
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/sparql-results+json");
  }

  @Test
  void unacceptable_media_type_is_406() {
    assertThat(server.get("/sparql?query=" + LiveServer.encode(SELECT), "image/png").statusCode())
        .isEqualTo(406);
  }

  @Test
  void post_with_an_unknown_content_type_is_415() {
    assertThat(server.post("/sparql", "text/plain", SELECT).statusCode()).isEqualTo(415);
  }

  @Test
  void named_graph_uri_selects_the_graphs_a_query_sees() {
    String q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
    String ingest = "https://w3id.org/pwckg/graph/ingest";
    long all =
        rows(server.get("/sparql?query=" + LiveServer.encode(q), "text/csv"), ResultSetLang.RS_CSV);
    long none =
        rows(
            server.get(
                "/sparql?named-graph-uri=urn:nothing&query=" + LiveServer.encode(q), "text/csv"),
            ResultSetLang.RS_CSV);
    long one =
        rows(
            server.get(
                "/sparql?named-graph-uri="
                    + LiveServer.encode(ingest)
                    + "&query="
                    + LiveServer.encode(q),
                "text/csv"),
            ResultSetLang.RS_CSV);
    assertThat(all).isPositive();
    assertThat(none).isZero();
    assertThat(one).isEqualTo(1);
  }

  @Test
  void default_graph_uri_makes_a_named_graph_the_default_graph() {
    String q = "SELECT * WHERE { ?s <http://rdfs.org/ns/void#uriSpace> ?o }";
    String ingest = "https://w3id.org/pwckg/graph/ingest";
    long dflt =
        rows(server.get("/sparql?query=" + LiveServer.encode(q), "text/csv"), ResultSetLang.RS_CSV);
    long chosen =
        rows(
            server.get(
                "/sparql?default-graph-uri="
                    + LiveServer.encode(ingest)
                    + "&query="
                    + LiveServer.encode(q),
                "text/csv"),
            ResultSetLang.RS_CSV);
    assertThat(dflt).isZero();
    assertThat(chosen).isEqualTo(1);
  }

  static long rows(HttpResponse<String> r, Lang lang) {
    ResultSet rs =
        ResultSetReaderRegistry.getFactory(lang)
            .create(lang)
            .read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), null);
    long n = 0;
    while (rs.hasNext()) {
      rs.next();
      n++;
    }
    return n;
  }

  static Model graph(HttpResponse<String> r, Lang lang) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.fromString(r.body(), lang).parse(m);
    return m;
  }

  private static Lang resultLang(String name) {
    return switch (name) {
      case "RS_JSON" -> ResultSetLang.RS_JSON;
      case "RS_XML" -> ResultSetLang.RS_XML;
      case "RS_CSV" -> ResultSetLang.RS_CSV;
      default -> ResultSetLang.RS_TSV;
    };
  }

  private static Lang graphLang(String name) {
    return switch (name) {
      case "TURTLE" -> Lang.TURTLE;
      case "NTRIPLES" -> Lang.NTRIPLES;
      case "JSONLD" -> Lang.JSONLD;
      default -> Lang.RDFXML;
    };
  }
}
