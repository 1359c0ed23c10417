package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Vocab;
import org.pwckg.search.RealDatabase;

/** Lookups that semantic search makes in the keyword index of the real sample. */
class FacetedSearcherTest {
  private static final String GAN = RealDatabase.BASE + "paper/generative-adversarial-networks";

  @TempDir Path dir;

  /**
   * A paper IRI longer than a sort key (possible through SPARQL Update, never seen in the archive)
   * is cut in the doc values that {@link FacetedSearcher#docsMatching} reads first; a re-titled
   * paper leaves a deleted document behind, which must not count.
   */
  @Test
  void the_documents_matching_a_filter_come_by_whole_iri_and_only_live_ones() {
    RealDatabase.Indexed db = RealDatabase.indexed(dir);
    try {
      DatasetGraph dsg = db.graph();
      Node longIri =
          NodeFactory.createURI(
              RealDatabase.BASE + "paper/" + "y".repeat(IndexFields.SORT_KEY_MAX_BYTES));
      Txn.executeWrite(
          dsg,
          () -> {
            Node gan = NodeFactory.createURI(GAN);
            dsg.getDefaultGraph().remove(gan, Vocab.TITLE, Node.ANY);
            dsg.getDefaultGraph().add(gan, Vocab.TITLE, NodeFactory.createLiteralString("GANs"));
            dsg.getDefaultGraph().add(longIri, Vocab.TYPE, Vocab.PAPER);
            dsg.getDefaultGraph()
                .add(longIri, Vocab.TITLE, NodeFactory.createLiteralString("Overlong IRI"));
          });
      db.index().sync(dsg, new EntityReader());
      BooleanQuery both =
          new BooleanQuery.Builder()
              .add(new TermQuery(new Term(IndexFields.ID, GAN)), Occur.SHOULD)
              .add(new TermQuery(new Term(IndexFields.ID, longIri.getURI())), Occur.SHOULD)
              .build();
      Map<String, Integer> docs = db.index().withSearcher(s -> s.docsMatching(both));
      assertThat(docs).containsOnlyKeys(GAN, longIri.getURI());
      Map<String, Integer> live =
          db.index().withSearcher(s -> s.docsOf(List.of(GAN, longIri.getURI())));
      assertThat(docs).isEqualTo(live);
    } finally {
      db.index().close();
    }
  }
}
