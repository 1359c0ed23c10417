package org.pwckg.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.OntologyResources;
import org.pwckg.ontology.Vocab;
import org.pwckg.search.RealDatabase;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.sparql.RelatedFixtures;
import org.pwckg.search.sparql.RelatedFixtures.SharedRepository;

/**
 * `pwckg relate` on the real sample: links in the graph, queryable, valid, refreshed when papers
 * change.
 */
class RelateJobTest {
  private static final RealDatabase.Indexed DB = RealDatabase.shared();
  private static final RelatedGraph GRAPH = new RelatedGraph(Iris.DEFAULT);
  private static SharedRepository repo;

  @TempDir Path dir;

  @BeforeAll
  static void relate() {
    relate(DB);
    repo = RelatedFixtures.largestSharedRepository(DB.graph());
  }

  private static RelateResult relate(RealDatabase.Indexed db) {
    RelatedPapers related = new RelatedPapers(db.index(), Optional.empty());
    return new RelateJob(db.index(), Optional.empty(), related, GRAPH).run(db.graph(), 10, false);
  }

  @Test
  void sparql_finds_the_related_papers_that_also_have_official_code() {
    String source = repo.papers().getFirst();
    Set<String> related = targets(DB.graph(), source);
    Set<String> official =
        new HashSet<>(
            column(DB.graph(), "SELECT ?p WHERE { ?l pwc:paper ?p ; pwc:isOfficial true }"));
    List<String> answer =
        column(
            DB.graph(),
            "SELECT ?p WHERE { GRAPH <"
                + GRAPH.graph().getURI()
                + "> { <"
                + source
                + "> pwc:relatedPaper ?p } ?l pwc:paper ?p ; pwc:isOfficial true }");
    assertThat(related).hasSize(10);
    related.retainAll(official);
    assertThat(answer).containsExactlyInAnyOrderElementsOf(related);
  }

  @Test
  void every_link_conforms_to_the_shapes() {
    Graph links = GraphFactory.createDefaultGraph();
    Txn.executeRead(
        DB.graph(), () -> DB.graph().getGraph(GRAPH.graph()).find().forEach(links::add));
    assertThat(links.size()).isGreaterThan(1000);
    assertThat(ShaclValidator.get().validate(OntologyResources.shapes(), links).conforms())
        .isTrue();
  }

  @Test
  void a_rerun_on_unchanged_papers_is_skipped() {
    assertThat(relate(DB).skipped()).isTrue();
  }

  @Test
  void a_paper_that_lost_its_code_loses_the_links_that_code_made() {
    RealDatabase.Indexed own = RealDatabase.indexed(dir);
    try {
      relate(own);
      String source = repo.papers().get(0);
      String other = repo.papers().get(1);
      assertThat(targets(own.graph(), source)).contains(other);
      Txn.executeWrite(own.graph(), () -> removeCodeLinks(own.graph(), other));
      own.index().sync(own.graph(), new EntityReader());
      assertThat(relate(own).skipped()).isFalse();
      assertThat(targets(own.graph(), source)).doesNotContain(other);
    } finally {
      own.index().close();
    }
  }

  private static void removeCodeLinks(DatasetGraph dsg, String paper) {
    Graph g = dsg.getDefaultGraph();
    for (Triple t : g.find(Node.ANY, Vocab.LINK_PAPER, NodeFactory.createURI(paper)).toList()) {
      g.remove(t.getSubject(), Node.ANY, Node.ANY);
    }
  }

  private static Set<String> targets(DatasetGraph dsg, String source) {
    return new HashSet<>(
        column(
            dsg,
            "SELECT ?p WHERE { GRAPH <"
                + GRAPH.graph().getURI()
                + "> { <"
                + source
                + "> pwc:relatedPaper ?p } }"));
  }

  private static List<String> column(DatasetGraph dsg, String select) {
    String q = "PREFIX pwc: <https://w3id.org/pwckg/ontology#> " + select;
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExecution qe =
              QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg)).build()) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(r -> out.add(r.getResource("p").getURI()));
            return out;
          }
        });
  }
}
