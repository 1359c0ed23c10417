package org.pwckg.search.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.Fixture;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;
import org.pwckg.search.related.RelateJob;
import org.pwckg.search.related.RelatedGraph;
import org.pwckg.search.related.RelatedPapers;

class ExampleQueriesTest {
  @TempDir static Path dir;
  static KeywordIndex index;
  static DatasetGraph dsg;
  private static final NamedQueries QUERIES = new NamedQueries();

  @BeforeAll
  static void setUp() {
    dsg = Fixture.graph();
    index = KeywordIndex.open(dir);
    index.sync(dsg, new EntityReader(QUERIES));
    RelatedPapers related = new RelatedPapers(index, Optional.empty());
    SearchFunctions.register(dsg, index, Optional.empty(), related);
    new RelateJob(index, Optional.empty(), related, new RelatedGraph(Iris.DEFAULT)).run(dsg, 10, false);
    // Give GAN's one related paper (GCN, via the shared method Convolution) official code.
    Txn.executeWrite(dsg, () -> RDFParser.fromString(CODE_LINK, Lang.TURTLE).parse(dsg.getDefaultGraph()));
  }

  private static final String CODE_LINK = "PREFIX pwc: <https://w3id.org/pwckg/ontology#> "
      + "<urn:x:link> pwc:paper <" + Fixture.BASE + "paper/semi-supervised-classification-with-graph> ; "
      + "pwc:isOfficial true ; pwc:repository <" + Fixture.BASE + "repository/github.com/tkipf/gcn> .";

  @AfterAll
  static void close() {
    index.close();
  }

  private static List<String> column(String query, String var) {
    return Txn.calculateRead(dsg, () -> {
      List<String> out = new ArrayList<>();
      try (QueryExecution qe = QUERIES.get(query).on(dsg, Map.of())) {
        qe.execSelect().forEachRemaining(r -> out.add(r.get(var).toString()));
      }
      return out;
    });
  }

  @Test
  void the_text_search_example_finds_papers_with_official_code() {
    assertThat(column("search-text-example", "paper")).containsExactlyInAnyOrder(
        Fixture.BASE + "paper/graph-attention-networks", Fixture.BASE + "paper/semi-supervised-classification-with-graph");
  }

  @Test
  void the_similar_papers_example_finds_papers_sharing_a_method() {
    assertThat(column("related-similar-example", "paper"))
        .containsExactly(Fixture.BASE + "paper/semi-supervised-classification-with-graph");
  }

  @Test
  void the_related_links_example_reads_the_materialised_links() {
    assertThat(column("related-links-official-code", "related"))
        .containsExactly(Fixture.BASE + "paper/semi-supervised-classification-with-graph");
  }
}
