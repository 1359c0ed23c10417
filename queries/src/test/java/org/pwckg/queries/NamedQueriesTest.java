package org.pwckg.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {
  @Test
  void a_named_query_counts_the_triples_of_a_dataset() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    dsg.getDefaultGraph().add(SSE.parseTriple("(<urn:a> <urn:p> 'x')"));
    dsg.getDefaultGraph().add(SSE.parseTriple("(<urn:a> <urn:p> 'y')"));
    try (QueryExecution qe = new NamedQueries().get("count-triples").on(dsg, Map.of())) {
      assertThat(qe.execSelect().next().getLiteral("triples").getLong()).isEqualTo(2);
    }
  }

  @Test
  void a_bound_parameter_is_a_term_not_query_text() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    dsg.getDefaultGraph().add(SSE.parseTriple("(<urn:a> <urn:p> 'x')"));
    NamedQuery q = NamedQuery.parse("t", "SELECT ?o WHERE { ?s <urn:p> ?o }");
    String hostile = "x' } ; DROP ALL ; #";
    try (QueryExecution qe = q.on(dsg, Map.of("o", NodeFactory.createLiteralString(hostile)))) {
      assertThat(qe.execSelect().hasNext()).isFalse();
    }
  }

  @Test
  void an_unknown_query_name_is_refused() {
    assertThatThrownBy(() -> new NamedQueries().get("no-such-query"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-query");
  }
}
