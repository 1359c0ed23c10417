package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.RealDatabase;

/** The streamed read of a whole kind and the read of one entity agree. */
class EntityReaderTest {
  private static final DatasetGraph GRAPH = RealDatabase.shared().graph();
  private final EntityReader reader = new EntityReader(new NamedQueries());

  /**
   * The stream cuts a document where the entity changes, so an entity whose rows came apart would
   * show up twice, each time with part of its facts.
   */
  @Test
  void the_stream_gives_each_entity_once_with_the_document_a_read_of_it_alone_gives() {
    List<EntityDoc> docs = Graphs.docs(GRAPH);
    for (EntityKind kind : EntityKind.values()) {
      List<EntityDoc> ofKind = docs.stream().filter(d -> d.kind() == kind).toList();
      assertThat(ofKind.stream().map(EntityDoc::iri).distinct().count())
          .isEqualTo(ofKind.size())
          .isEqualTo(Graphs.countOfType(GRAPH, kind.type()));
    }
    assertThat(docs.stream().filter(d -> !d.refs().isEmpty()).count())
        .isGreaterThan(docs.size() / 2);
    Txn.executeRead(
        GRAPH,
        () -> {
          for (int i = 0; i < docs.size(); i += 37) {
            EntityDoc doc = docs.get(i);
            assertThat(reader.read(GRAPH, doc.kind(), NodeFactory.createURI(doc.iri())))
                .isEqualTo(doc);
          }
        });
  }

  @Test
  void an_entity_not_of_the_kind_reads_as_an_empty_document() {
    String iri = RealDatabase.BASE + "paper/no-such-paper";
    EntityDoc doc =
        Txn.calculateRead(
            GRAPH, () -> reader.read(GRAPH, EntityKind.PAPER, NodeFactory.createURI(iri)));
    assertThat(doc.name()).isEmpty();
    assertThat(doc.refs()).isEmpty();
  }
}
