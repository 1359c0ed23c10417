package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceDescriptionTest {
  @RegisterExtension static final LiveServer server = LiveServer.onSharedDatabase();

  @Test
  void get_without_a_query_describes_the_service_in_rdf() {
    HttpResponse<String> r = server.get("/sparql", "text/turtle");
    assertThat(r.statusCode()).isEqualTo(200);
    Model sd = SparqlProtocolTest.graph(r, Lang.TURTLE);
    String ask =
        "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> ASK { ?s a sd:Service ; sd:endpoint <"
            + server.url("/sparql")
            + "> ; sd:supportedLanguage sd:SPARQL11Query ; sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> }";
    try (QueryExecution qe = QueryExecution.create(ask, sd)) {
      assertThat(qe.execAsk()).isTrue();
    }
  }

  @Test
  void the_service_description_does_not_offer_update_without_a_token() {
    Model sd =
        SparqlProtocolTest.graph(server.get("/sparql", "application/n-triples"), Lang.NTRIPLES);
    assertThat(
            sd.contains(
                null,
                null,
                sd.createResource(
                    "http://www.w3.org/ns/sparql-service-description#SPARQL11Update")))
        .isFalse();
  }

  @Test
  void a_browser_gets_the_query_editor_with_example_queries() {
    HttpResponse<String> r = server.get("/sparql", LinkedDataTest.BROWSER);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(r.body()).contains("Recent papers with an official code repository");
  }

  @Test
  void void_counts_triples_and_entities_per_class() {
    Model v = SparqlProtocolTest.graph(server.get("/void", "text/turtle"), Lang.TURTLE);
    String ask =
        """
        PREFIX void: <http://rdfs.org/ns/void#>
        ASK { ?d a void:Dataset ; void:triples ?t ; void:sparqlEndpoint ?e ; void:dataDump ?dump ;
                 void:vocabulary <http://purl.org/spar/fabio/> ;
                 void:classPartition [ void:class <http://purl.org/spar/fabio/ResearchPaper> ; void:entities ?n ] .
              FILTER(?t > 0 && ?n > 0) }""";
    try (QueryExecution qe = QueryExecution.create(ask, v)) {
      assertThat(qe.execAsk()).isTrue();
    }
  }
}
