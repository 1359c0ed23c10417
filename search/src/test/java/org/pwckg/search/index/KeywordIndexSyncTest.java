package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Vocab;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.Fixture;

class KeywordIndexSyncTest {
  private static final String GAT = Fixture.BASE + "paper/graph-attention-networks";
  private final EntityReader reader = new EntityReader(new NamedQueries());

  @TempDir Path dir;

  @Test
  void a_first_sync_indexes_every_paper_task_dataset_and_method() {
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      SyncResult result = index.sync(Fixture.graph(), reader);
      assertThat(result.added()).isEqualTo(4 + 2 + 1 + 2);
      assertThat(index.size()).isEqualTo(9);
    }
  }

  @Test
  void a_second_sync_of_the_same_graph_rewrites_nothing() {
    DatasetGraph dsg = Fixture.graph();
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      index.sync(dsg, reader);
      SyncResult again = index.sync(dsg, reader);
      assertThat(again).extracting(SyncResult::added, SyncResult::updated, SyncResult::deleted, SyncResult::unchanged)
          .containsExactly(0L, 0L, 0L, 9L);
    }
  }

  @Test
  void a_changed_title_replaces_the_document_without_a_duplicate() {
    DatasetGraph dsg = Fixture.graph();
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      index.sync(dsg, reader);
      Node gat = NodeFactory.createURI(GAT);
      Txn.executeWrite(dsg, () -> {
        dsg.getDefaultGraph().remove(gat, Vocab.TITLE, Node.ANY);
        dsg.getDefaultGraph().add(gat, Vocab.TITLE, NodeFactory.createLiteralString("Attention on Graphs"));
      });
      SyncResult result = index.sync(dsg, reader);
      assertThat(result.updated()).isEqualTo(1);
      assertThat(hits(index, IndexFields.ID, GAT)).isEqualTo(1);
      assertThat(hits(index, IndexFields.NAME, "attent")).isEqualTo(1);
      assertThat(hits(index, IndexFields.NAME, "network")).isEqualTo(2); // GAN and GCN, no longer GAT
    }
  }

  @Test
  void an_entity_gone_from_the_graph_is_deleted_from_the_index() {
    DatasetGraph dsg = Fixture.graph();
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      index.sync(dsg, reader);
      Txn.executeWrite(dsg, () -> dsg.getDefaultGraph().remove(NodeFactory.createURI(GAT), Node.ANY, Node.ANY));
      SyncResult result = index.sync(dsg, reader);
      assertThat(result.deleted()).isEqualTo(1);
      assertThat(hits(index, IndexFields.ID, GAT)).isZero();
      assertThat(index.size()).isEqualTo(8);
    }
  }

  @Test
  void the_index_survives_a_reopen() {
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      index.sync(Fixture.graph(), reader);
    }
    try (KeywordIndex index = KeywordIndex.open(dir)) {
      assertThat(index.size()).isEqualTo(9);
    }
  }

  private static int hits(KeywordIndex index, String field, String term) {
    return index.withSearcher(s -> s.count(new TermQuery(new Term(field, term))));
  }
}
