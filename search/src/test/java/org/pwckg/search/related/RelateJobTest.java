package org.pwckg.search.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.OntologyResources;
import org.pwckg.ontology.Vocab;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.Fixture;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.index.KeywordIndex;

class RelateJobTest {
  private static final Node GAT = NodeFactory.createURI(Fixture.BASE + "paper/graph-attention-networks");
  private static final Node GCN = NodeFactory.createURI(Fixture.BASE + "paper/semi-supervised-classification-with-graph");

  @TempDir Path dir;
  private final DatasetGraph dsg = Fixture.graph();
  private final RelatedGraph graph = new RelatedGraph(Iris.DEFAULT);

  private RelateResult relate(KeywordIndex index, boolean force) {
    return new RelateJob(index, Optional.empty(), new RelatedPapers(index, Optional.empty()), graph).run(dsg, 10, force);
  }

  private KeywordIndex synced() {
    KeywordIndex index = KeywordIndex.open(dir);
    index.sync(dsg, new EntityReader(new NamedQueries()));
    return index;
  }

  @Test
  void links_are_written_to_the_related_graph_and_answer_sparql() {
    try (KeywordIndex index = synced()) {
      relate(index, false);
      String q = "PREFIX pwc: <https://w3id.org/pwckg/ontology#> SELECT ?other WHERE { "
          + "GRAPH <" + graph.graph().getURI() + "> { <" + GCN.getURI() + "> pwc:relatedPaper ?other } "
          + "?link pwc:paper ?other ; pwc:isOfficial true }";
      List<String> rows = Txn.calculateRead(dsg, () -> {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(DatasetFactory.wrap(dsg)).build()) {
          qe.execSelect().forEachRemaining(r -> out.add(r.getResource("other").getURI()));
        }
        return out;
      });
      assertThat(rows).containsExactly(GAT.getURI());
    }
  }

  @Test
  void the_links_conform_to_the_shapes() {
    try (KeywordIndex index = synced()) {
      relate(index, false);
      Graph links = GraphFactory.createDefaultGraph();
      Txn.executeRead(dsg, () -> dsg.getGraph(graph.graph()).find().forEach(links::add));
      assertThat(links.size()).isGreaterThan(10);
      assertThat(ShaclValidator.get().validate(OntologyResources.shapes(), links).conforms()).isTrue();
    }
  }

  @Test
  void a_rerun_on_unchanged_inputs_is_skipped() {
    try (KeywordIndex index = synced()) {
      relate(index, false);
      assertThat(relate(index, false).skipped()).isTrue();
    }
  }

  @Test
  void a_changed_paper_refreshes_the_links_and_leaves_no_stale_one() {
    try (KeywordIndex index = synced()) {
      relate(index, false);
      Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().remove(GAT, Vocab.PAPER_TASK, Node.ANY));
      index.sync(dsg, new EntityReader(new NamedQueries()));
      RelateResult again = relate(index, false);
      assertThat(again.skipped()).isFalse();
      assertThat(Txn.calculateRead(dsg, () -> dsg.contains(graph.graph(), GCN, Vocab.RELATED_PAPER, GAT))).isFalse();
    }
  }
}
