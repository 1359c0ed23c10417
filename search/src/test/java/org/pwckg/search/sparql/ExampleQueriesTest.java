package org.pwckg.search.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pwckg.ontology.Iris;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.related.RelateJob;
import org.pwckg.search.related.RelatedGraph;
import org.pwckg.search.related.RelatedPapers;

/** The documented example queries run on the real sample (here without vectors). */
class ExampleQueriesTest {
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final NamedQueries QUERIES = new NamedQueries();

  private static List<QuerySolution> run(String name) {
    RelatedPapers related = new RelatedPapers(DB.index(), Optional.empty());
    new RelateJob(DB.index(), Optional.empty(), related, new RelatedGraph(Iris.DEFAULT)).run(DB.graph(), 10, false);
    Context functions = new Context();
    SearchFunctions.register(functions, DB.index(), Optional.empty(), related);
    return Txn.calculateRead(DB.graph(), () -> {
      try (QueryExecution qe = QueryExecution.create().query(QUERIES.get(name).query())
          .dataset(DatasetFactory.wrap(DB.graph())).context(functions).build()) {
        List<QuerySolution> out = new ArrayList<>();
        qe.execSelect().forEachRemaining(out::add);
        return out;
      }
    });
  }

  @Test
  void the_text_search_example_finds_matching_papers_with_official_code() {
    assertThat(run("search-text-example")).isNotEmpty().allSatisfy(r ->
        assertThat(r.getLiteral("title").getString().toLowerCase()).containsAnyOf("graph", "neural", "network"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"related-similar-example", "related-links-official-code"})
  void the_related_examples_run_without_vectors(String name) {
    assertThat(run(name)).allSatisfy(r -> assertThat(r.contains("title")).isTrue());
  }
}
