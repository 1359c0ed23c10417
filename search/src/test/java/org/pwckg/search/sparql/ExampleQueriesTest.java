package org.pwckg.search.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.related.RelateJob;
import org.pwckg.search.related.RelatedGraph;
import org.pwckg.search.related.RelatedPapers;

/**
 * The documented example queries (queries/search-*-example.rq, related-*.rq) on the real sample
 * with vectors.
 */
class ExampleQueriesTest {
  private static final RealDatabase.Embedded DB = RealDatabase.embedded();
  private static final Optional<SemanticIndex> VECTORS = Optional.of(DB.vectors());
  private static final RelatedPapers RELATED = new RelatedPapers(DB.db().index(), VECTORS);
  private static final NamedQueries QUERIES = new NamedQueries();
  private static final Context FUNCTIONS = new Context();

  @BeforeAll
  static void relate() {
    SearchFunctions.register(FUNCTIONS, DB.db().index(), VECTORS, RELATED);
    new RelateJob(DB.db().index(), VECTORS, RELATED, new RelatedGraph(Iris.DEFAULT))
        .run(DB.db().graph(), 10, false);
  }

  static List<QuerySolution> run(String name) {
    DatasetGraph dsg = DB.db().graph();
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.create()
                  .query(QUERIES.get(name).query())
                  .dataset(DatasetFactory.wrap(dsg))
                  .context(FUNCTIONS)
                  .build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
          }
        });
  }

  @Test
  void the_text_search_example_finds_matching_papers_with_official_code() {
    assertThat(run("search-text-example"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.getLiteral("title").getString().toLowerCase())
                    .containsAnyOf("graph", "neural", "network"));
  }

  @Test
  void the_semantic_search_example_gives_ten_papers_best_first() {
    List<QuerySolution> rows = run("search-semantic-example");
    assertThat(rows)
        .hasSize(10)
        .isSortedAccordingTo(
            Comparator.comparingDouble((QuerySolution r) -> r.getLiteral("score").getDouble())
                .reversed());
  }

  @Test
  void the_similar_papers_example_keeps_the_related_papers_of_acl_2024() {
    List<String> related =
        RELATED
            .of(RealDatabase.BASE + "paper/generative-adversarial-networks", 50)
            .results()
            .stream()
            .map(p -> p.iri())
            .toList();
    assertThat(run("related-similar-example"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(related).contains(r.getResource("paper").getURI()));
  }

  @Test
  void the_related_links_example_reads_the_links_with_their_reasons() {
    List<QuerySolution> rows = run("related-links-official-code");
    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.getLiteral("why").getString()).isNotBlank();
              assertThat(r.getLiteral("model").getString()).isEqualTo(DB.vectors().modelId());
            });
  }
}
