package org.pwckg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  @Test
  void every_query_file_of_the_catalogue_parses() throws IOException, URISyntaxException {
    Path root =
        Path.of(NamedQueries.class.getResource("/org/pwckg/queries/count-triples.rq").toURI())
            .getParent();
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .filter(p -> p.toString().endsWith(".rq"))
              .map(p -> root.relativize(p).toString().replace(".rq", ""))
              .toList();
    }
    NamedQueries catalogue = new NamedQueries();
    assertThat(names).hasSizeGreaterThan(20);
    names.forEach(name -> assertThat(catalogue.get(name).query()).as(name).isNotNull());
  }

  @Test
  void the_examples_have_titles_from_their_first_comment() {
    assertThat(NamedQueries.examples())
        .extracting(NamedQueries.Example::title)
        .contains("Recent papers with an official code repository");
  }

  @Test
  void a_counted_query_counts_every_solution_regardless_of_paging() {
    DatasetGraph dsg = threeTriples();
    NamedQuery q = NamedQuery.parse("t", "SELECT ?s WHERE { ?s <urn:p> ?o } ORDER BY ?s LIMIT 1");
    try (QueryExecution qe = q.count().on(dsg, Map.of())) {
      assertThat(qe.execSelect().next().getLiteral("count").getLong()).isEqualTo(3);
    }
  }

  @Test
  void paging_leaves_the_catalogue_query_unchanged() {
    NamedQuery q = NamedQuery.parse("t", "SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o");
    q.page(1, 1);
    try (QueryExecution qe = q.on(threeTriples(), Map.of())) {
      assertThat(org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect())).isEqualTo(3);
    }
  }

  @Test
  void a_page_skips_and_limits_solutions() {
    DatasetGraph dsg = threeTriples();
    NamedQuery q = NamedQuery.parse("t", "SELECT ?o WHERE { ?s <urn:p> ?o } ORDER BY ?o");
    try (QueryExecution qe = q.page(1, 1).on(dsg, Map.of())) {
      assertThat(qe.execSelect().next().getLiteral("o").getString()).isEqualTo("y");
    }
  }

  @Test
  void a_page_of_a_grouped_query_keeps_its_aggregated_columns() {
    NamedQuery q =
        NamedQuery.parse(
            "t", "SELECT ?s (MIN(?o) AS ?first) WHERE { ?s <urn:p> ?o } GROUP BY ?s ORDER BY ?s");
    try (QueryExecution qe = q.page(1, 1).on(threeTriples(), Map.of())) {
      assertThat(qe.execSelect().next().getLiteral("first").getString()).isEqualTo("y");
    }
  }

  @Test
  void an_unbound_filter_parameter_does_not_filter() {
    DatasetGraph dsg = threeTriples();
    NamedQuery q =
        NamedQuery.parse(
            "t", "SELECT ?o WHERE { ?s <urn:p> ?o FILTER(!BOUND(?want) || ?o = ?want) }");
    try (QueryExecution all = q.on(dsg, Map.of());
        QueryExecution one = q.on(dsg, Map.of("want", NodeFactory.createLiteralString("z")))) {
      assertThat(org.apache.jena.query.ResultSetFormatter.consume(all.execSelect())).isEqualTo(3);
      assertThat(org.apache.jena.query.ResultSetFormatter.consume(one.execSelect())).isEqualTo(1);
    }
  }

  private static DatasetGraph threeTriples() {
    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
    for (String o : List.of("x", "y", "z"))
      dsg.getDefaultGraph().add(SSE.parseTriple("(<urn:" + o + "> <urn:p> '" + o + "')"));
    return dsg;
  }
}
