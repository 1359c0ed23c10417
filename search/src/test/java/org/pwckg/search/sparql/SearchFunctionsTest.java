package org.pwckg.search.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.Fixture;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.TermQuery;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.IndexFields;
import org.pwckg.search.query.KeywordSearcher;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.related.RelatedPapers;

class SearchFunctionsTest {
  private static final String PREFIXES = "PREFIX pwc: <https://w3id.org/pwckg/ontology#>\n"
      + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

  @TempDir static Path dir;
  static KeywordIndex index;
  static DatasetGraph dsg;

  @BeforeAll
  static void setUp() {
    dsg = Fixture.graph();
    index = KeywordIndex.open(dir);
    index.sync(dsg, new EntityReader(new NamedQueries()));
    SearchFunctions.register(dsg, index, Optional.empty(), new RelatedPapers(index, Optional.empty()));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<QuerySolution> select(String body) {
    return Txn.calculateRead(dsg, () -> {
      try (QueryExecution qe = QueryExecution.create().query(PREFIXES + body).dataset(DatasetFactory.wrap(dsg)).build()) {
        List<QuerySolution> rows = new ArrayList<>();
        qe.execSelect().forEachRemaining(rows::add);
        return rows;
      }
    });
  }

  @Test
  void text_search_joins_with_graph_patterns() {
    List<QuerySolution> rows = select("SELECT ?paper ?score ?date WHERE { "
        + "(?paper ?score) pwc:textSearch (\"graph networks\" 10) . ?paper dcterms:issued ?date } ORDER BY DESC(?score)");
    assertThat(rows).hasSize(3);
    assertThat(rows.getFirst().getResource("paper").getURI()).isEqualTo(Fixture.BASE + "paper/graph-attention-networks");
    assertThat(rows.getFirst().getLiteral("score").getDouble()).isPositive();
  }

  @Test
  void text_search_without_k_returns_every_match() {
    int matches = index.withSearcher(s -> s.count(new org.apache.lucene.search.BooleanQuery.Builder()
        .add(new KeywordSearcher().text("classification networks"), Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.KIND, "paper")), Occur.FILTER).build()));
    assertThat(select("SELECT ?e WHERE { ?e pwc:textSearch (\"classification networks\") }")).hasSize(matches);
  }

  @Test
  void text_search_with_type_any_finds_tasks_and_datasets() {
    assertThat(select("SELECT ?e WHERE { ?e pwc:textSearch (\"question answering\" 10 \"any\") }"))
        .extracting(r -> r.getResource("e").getURI())
        .contains(Fixture.BASE + "task/question-answering", Fixture.BASE + "dataset/squad");
  }

  @Test
  void a_bound_subject_is_checked_not_rebound() {
    assertThat(select("SELECT ?score WHERE { BIND(<" + Fixture.BASE + "paper/squad-100000-questions> AS ?p) "
        + "(?p ?score) pwc:textSearch (\"graph\") }")).isEmpty();
  }

  @Test
  void similar_papers_uses_graph_signals_without_vectors() {
    assertThat(select("SELECT ?p WHERE { (?p ?s) pwc:similarPapers (<" + Fixture.BASE + "paper/graph-attention-networks> 5) }"))
        .extracting(r -> r.getResource("p").getURI())
        .containsExactly(Fixture.BASE + "paper/semi-supervised-classification-with-graph");
  }

  @Test
  void a_k_beyond_the_limit_fails_the_query_rather_than_capping() {
    assertThatThrownBy(() -> select("SELECT ?p WHERE { (?p ?s) pwc:similarPapers (<" + Fixture.BASE
        + "paper/graph-attention-networks> 5000) }"))
        .isInstanceOf(QueryExecException.class).hasMessageContaining("1 to 100");
  }

  @Test
  void a_wrong_number_of_arguments_fails_the_query() {
    assertThatThrownBy(() -> select("SELECT ?p WHERE { ?p pwc:textSearch (\"a\" 1 \"paper\" 4) }"))
        .isInstanceOf(QueryBuildException.class);
  }
}
