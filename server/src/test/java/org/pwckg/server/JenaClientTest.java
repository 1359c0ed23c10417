package org.pwckg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Jena's own remote client, which we did not write, talks to the endpoint. */
class JenaClientTest {
  @RegisterExtension
  static final LiveServer server =
      LiveServer.on(TestDatabase::shared, c -> c.withUpdateToken("t0ken"));

  private RDFConnection connect() {
    return RDFConnectionRemote.service(server.url("/sparql")).build();
  }

  @Test
  void rdf_connection_runs_a_select() {
    AtomicLong papers = new AtomicLong();
    try (RDFConnection conn = connect()) {
      conn.querySelect(
          "SELECT ?p WHERE { ?p a <http://purl.org/spar/fabio/ResearchPaper> }",
          row -> papers.incrementAndGet());
    }
    assertThat(papers.get()).isPositive();
  }

  @Test
  void rdf_connection_runs_ask_and_construct() {
    try (RDFConnection conn = connect()) {
      assertThat(conn.queryAsk("ASK { ?t a <http://www.w3.org/ns/mls#Task> }")).isTrue();
      Model m = conn.queryConstruct("CONSTRUCT WHERE { ?t a <http://www.w3.org/ns/mls#Task> }");
      assertThat(m.size()).isPositive();
    }
  }

  @Test
  void rdf_connection_without_the_token_cannot_update() {
    try (RDFConnection conn = connect()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> conn.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))
          .hasMessageContaining("401");
    }
  }
}
