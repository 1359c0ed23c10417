package org.pwckg.search.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.query.KeywordSearcher;
import org.pwckg.search.related.RelatedPapers;

/** The property functions inside SPARQL over the real sample (no vectors: graph signals only). */
class SearchFunctionsTest {
  private static final String PREFIXES =
      "PREFIX pwc: <https://w3id.org/pwckg/ontology#>\n"
          + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final Context FUNCTIONS = functions();

  private static Context functions() {
    Context context = new Context();
    SearchFunctions.register(
        context, DB.index(), Optional.empty(), new RelatedPapers(DB.index(), Optional.empty()));
    return context;
  }

  static List<QuerySolution> select(String body) {
    DatasetGraph dsg = DB.graph();
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.create()
                  .query(PREFIXES + body)
                  .dataset(DatasetFactory.wrap(dsg))
                  .context(FUNCTIONS)
                  .build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
          }
        });
  }

  @Test
  void text_search_joins_with_graph_patterns() {
    List<QuerySolution> rows =
        select(
            "SELECT ?paper ?score WHERE { "
                + "(?paper ?score) pwc:textSearch (\"adversarial networks\" 10) . ?paper dcterms:issued ?date }");
    assertThat(rows).extracting(r -> r.getResource("paper").getURI()).contains(GAN);
    assertThat(rows).allSatisfy(r -> assertThat(r.getLiteral("score").getDouble()).isPositive());
  }

  @Test
  void text_search_without_k_returns_every_match_past_the_first_page() {
    int matches = DB.index().withSearcher(s -> s.count(new KeywordSearcher().text("data")));
    assertThat(matches).isGreaterThan(KeywordHits.PAGE);
    assertThat(select("SELECT ?e WHERE { ?e pwc:textSearch (\"data\" \"any\") }")).hasSize(matches);
  }

  @Test
  void text_search_with_type_any_finds_every_kind_of_entity() {
    assertThat(select("SELECT ?e WHERE { ?e pwc:textSearch (\"question answering\" 50 \"any\") }"))
        .extracting(
            r -> r.getResource("e").getURI().substring(RealDatabase.BASE.length()).split("/")[0])
        .contains("paper", "task", "dataset", "method");
  }

  @Test
  void a_bound_subject_is_checked_not_rebound() {
    String bound =
        "SELECT ?score WHERE { BIND(<" + GAN + "> AS ?p) (?p ?score) pwc:textSearch (\"%s\") }";
    assertThat(select(bound.formatted("quantum"))).isEmpty();
    assertThat(select(bound.formatted("adversarial"))).hasSize(1);
  }

  @Test
  void similar_papers_without_vectors_are_the_papers_sharing_code() {
    RelatedFixtures.SharedRepository repo = RelatedFixtures.largestSharedRepository(DB.graph());
    List<String> similar =
        select(
                "SELECT ?p WHERE { (?p ?s) pwc:similarPapers (<"
                    + repo.papers().getFirst()
                    + "> 5) }")
            .stream()
            .map(r -> r.getResource("p").getURI())
            .toList();
    assertThat(similar).hasSize(5);
    assertThat(repo.papers()).containsAll(similar);
  }

  @Test
  void semantic_search_without_vectors_fails_the_query_with_a_reason() {
    assertThatThrownBy(() -> select("SELECT ?p WHERE { (?p ?s) pwc:semanticSearch (\"gans\" 5) }"))
        .isInstanceOf(QueryExecException.class)
        .hasMessageContaining("pwckg embed");
  }

  @Test
  void a_k_beyond_the_limit_fails_the_query_rather_than_capping() {
    assertThatThrownBy(
            () -> select("SELECT ?p WHERE { (?p ?s) pwc:similarPapers (<" + GAN + "> 5000) }"))
        .isInstanceOf(QueryExecException.class)
        .hasMessageContaining("1 to 100");
  }

  @Test
  void a_wrong_number_of_arguments_fails_the_query() {
    assertThatThrownBy(() -> select("SELECT ?p WHERE { ?p pwc:textSearch (\"a\" 1 \"paper\" 4) }"))
        .isInstanceOf(QueryBuildException.class);
  }
}
