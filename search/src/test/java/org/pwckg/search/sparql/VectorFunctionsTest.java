package org.pwckg.search.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Iris;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.SemanticIndex;
import org.pwckg.search.query.SearchHit;
import org.pwckg.search.query.SearchMode;
import org.pwckg.search.query.SearchRequest;
import org.pwckg.search.query.SearchService;
import org.pwckg.search.related.RelatedPaper;
import org.pwckg.search.related.RelatedPapers;

/** pwc:semanticSearch and pwc:similarPapers answer as the search and related-papers services do. */
class VectorFunctionsTest {
  private static final RealDatabase.Embedded DB = RealDatabase.embedded();
  private static final Optional<SemanticIndex> VECTORS = Optional.of(DB.vectors());
  private static final RelatedPapers RELATED = new RelatedPapers(DB.db().index(), VECTORS);
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";

  private static List<String> papers(String where) {
    Context functions = new Context();
    SearchFunctions.register(functions, DB.db().index(), VECTORS, RELATED);
    String q =
        "PREFIX pwc: <https://w3id.org/pwckg/ontology#> SELECT ?p ?s WHERE { "
            + where
            + " } ORDER BY DESC(?s)";
    return Txn.calculateRead(
        DB.db().graph(),
        () -> {
          try (QueryExecution qe =
              QueryExecution.create()
                  .query(q)
                  .dataset(DatasetFactory.wrap(DB.db().graph()))
                  .context(functions)
                  .build()) {
            List<String> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("p").getURI()));
            return out;
          }
        });
  }

  @Test
  void semantic_search_in_sparql_ranks_as_semantic_search_does() {
    SearchService service = new SearchService(DB.db().index(), VECTORS, Iris.DEFAULT);
    List<String> expected =
        service
            .search(SearchRequest.of("speech translation", SearchMode.SEMANTIC).withPage(0, 15))
            .results()
            .stream()
            .map(SearchHit::iri)
            .toList();
    assertThat(papers("(?p ?s) pwc:semanticSearch (\"speech translation\" 15)"))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void similar_papers_in_sparql_ranks_as_related_papers_does() {
    List<String> expected = RELATED.of(GAN, 10).results().stream().map(RelatedPaper::iri).toList();
    assertThat(papers("(?p ?s) pwc:similarPapers (<" + GAN + "> 10)"))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void a_k_larger_than_the_vectors_returns_every_paper_once() {
    assertThat(papers("(?p ?s) pwc:semanticSearch (\"speech\" 10000)"))
        .hasSize(DB.vectors().size())
        .doesNotHaveDuplicates();
  }
}
