package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LinkedDataTest {
  static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  static final String PAPER = "/paper/generative-adversarial-networks";
  static final String PAPER_IRI = "https://w3id.org/pwckg" + PAPER;
  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void an_entity_dereferences_to_turtle_by_content_negotiation() {
    HttpResponse<String> r = server.get(PAPER, "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    Model m = SparqlProtocolTest.graph(r, Lang.TURTLE);
    assertThat(
            m.contains(
                m.createResource(PAPER_IRI), m.createProperty("http://purl.org/dc/terms/title")))
        .isTrue();
  }

  @Test
  void an_entity_includes_the_sub_nodes_it_owns() {
    Model m = SparqlProtocolTest.graph(server.get(PAPER, "application/n-triples"), Lang.NTRIPLES);
    assertThat(
            m.contains(
                m.createResource(PAPER_IRI + "/authors/1"),
                m.createProperty("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")))
        .isTrue();
  }

  @Test
  void every_rdf_format_is_offered_by_suffix() {
    assertThat(SparqlProtocolTest.graph(server.get(PAPER + ".ttl", null), Lang.TURTLE).size())
        .isPositive();
    assertThat(SparqlProtocolTest.graph(server.get(PAPER + ".nt", null), Lang.NTRIPLES).size())
        .isPositive();
    assertThat(SparqlProtocolTest.graph(server.get(PAPER + ".jsonld", null), Lang.JSONLD).size())
        .isPositive();
    assertThat(SparqlProtocolTest.graph(server.get(PAPER + ".rdf", null), Lang.RDFXML).size())
        .isPositive();
  }

  @Test
  void jsonld_and_rdfxml_are_negotiated_by_accept() {
    assertThat(
            server
                .get(PAPER, "application/ld+json")
                .headers()
                .firstValue("Content-Type")
                .orElseThrow())
        .startsWith("application/ld+json");
    assertThat(
            server
                .get(PAPER, "application/rdf+xml")
                .headers()
                .firstValue("Content-Type")
                .orElseThrow())
        .startsWith("application/rdf+xml");
  }

  @Test
  void a_browser_gets_an_html_page_with_local_links() {
    HttpResponse<String> r = server.get(PAPER, BROWSER);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body())
        .contains("<h1 id=\"title\">Generative Adversarial Networks</h1>")
        .contains("href=\"/method/gan\"");
  }

  @Test
  void an_unknown_entity_is_404() {
    assertThat(server.get("/paper/no-such-paper", "text/turtle").statusCode()).isEqualTo(404);
    assertThat(server.get("/paper/no-such-paper.ttl", null).statusCode()).isEqualTo(404);
  }

  @Test
  void the_ontology_is_served_at_its_namespace_iri() {
    Model m = SparqlProtocolTest.graph(server.get("/ontology", "text/turtle"), Lang.TURTLE);
    assertThat(
            m.contains(m.createResource("https://w3id.org/pwckg/ontology#EvaluationTable"), null))
        .isTrue();
    assertThat(
            server.get("/ontology.jsonld", null).headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/ld+json");
    assertThat(server.get("/ontology", BROWSER).body()).contains("EvaluationTable");
  }

  @Test
  void the_full_dump_is_gzipped_ntriples_of_the_default_graph() throws IOException {
    HttpResponse<byte[]> r = server.getBytes("/dumps/pwckg.nt.gz");
    assertThat(r.statusCode()).isEqualTo(200);
    Model m = ModelFactory.createDefaultModel();
    RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body())))
        .lang(Lang.NTRIPLES)
        .parse(m);
    assertThat(m.contains(m.createResource(PAPER_IRI), null)).isTrue();
  }

  @Test
  void the_dump_list_links_the_dumps() {
    assertThat(server.json("/dumps/", 200).get("dumps").get(0).get("url").asText())
        .endsWith("/dumps/pwckg.nt.gz");
  }

  @Test
  void an_unknown_dump_is_404() {
    assertThat(server.get("/dumps/other.nt.gz", null).statusCode()).isEqualTo(404);
  }
}
