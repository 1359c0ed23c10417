package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.pwckg.search.RealDatabase;

/**
 * The reader gives the documents the same facts, stated in SPARQL ({@code <kind>-facts.rq}), give;
 * the streamed read of a whole kind and the read of one entity agree.
 */
class EntityReaderTest {
  private static final DatasetGraph GRAPH = RealDatabase.shared().graph();
  private final EntityReader reader = new EntityReader();

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

  /**
   * The reader walks {@link IndexedFacts} over node ids; the oracle asks Jena's SPARQL engine for
   * the same facts and looks each link's labels up in the graph.
   */
  @Test
  void every_document_is_the_one_the_facts_stated_in_sparql_give() {
    List<EntityDoc> docs = Graphs.docs(GRAPH);
    for (EntityKind kind : EntityKind.values()) {
      Map<String, EntityDoc> expected = Txn.calculateRead(GRAPH, () -> oracle(kind));
      Map<String, EntityDoc> actual = new HashMap<>();
      docs.stream().filter(d -> d.kind() == kind).forEach(d -> actual.put(d.iri(), d));
      assertThat(actual.keySet()).isEqualTo(expected.keySet());
      List<String> differing =
          expected.keySet().stream()
              .filter(iri -> !expected.get(iri).equals(actual.get(iri)))
              .sorted()
              .toList();
      assertThat(differing)
          .as(
              () ->
                  "first one read: "
                      + actual.get(differing.get(0))
                      + "\nfrom SPARQL: "
                      + expected.get(differing.get(0)))
          .isEmpty();
    }
  }

  private static Map<String, EntityDoc> oracle(EntityKind kind) {
    String query = resource(kind.code() + "-facts.rq");
    Map<String, DocFields> byEntity = new LinkedHashMap<>();
    Graph graph = GRAPH.getDefaultGraph();
    try (QueryExecution qe =
        QueryExecution.dataset(DatasetFactory.wrap(GRAPH)).query(query).build()) {
      qe.execSelect()
          .forEachRemaining(
              row -> {
                DocFields fields =
                    byEntity.computeIfAbsent(
                        row.getResource("entity").getURI(), iri -> new DocFields());
                if (!row.contains("field")) return;
                String field = row.getLiteral("field").getLexicalForm();
                RefKind refKind = RefKind.ofField(field);
                if (refKind == null) {
                  RDFNode value = row.get("value");
                  if (value.isLiteral()) fields.value(field, value.asLiteral().getLexicalForm());
                  return;
                }
                Node ref = row.get("ref").asNode();
                if (!ref.isURI()) return;
                List<Node> labels = G.listSP(graph, ref, refKind.labelProperty());
                if (labels.isEmpty()) fields.link(refKind, ref.getURI(), null);
                for (Node label : labels)
                  fields.link(
                      refKind,
                      ref.getURI(),
                      label.isLiteral() ? label.getLiteralLexicalForm() : null);
              });
    }
    Map<String, EntityDoc> docs = new HashMap<>();
    byEntity.forEach((iri, fields) -> docs.put(iri, fields.toDoc(iri, kind)));
    return docs;
  }

  private static String resource(String name) {
    try (InputStream in = EntityReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
