package org.pwckg.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.pwckg.ontology.Vocab;

/** The labels the reader gives a link are the rows the old {@code OPTIONAL} gave it. */
class LabelLookupTest {
  private static final Node TASK = NodeFactory.createURI("https://example.org/task/segmentation");
  private static final Node BARE = NodeFactory.createURI("https://example.org/task/bare");
  private static final Node ODD = NodeFactory.createURI("https://example.org/task/odd");

  private final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

  @Test
  void every_label_comes_back_and_an_entity_without_one_gets_a_single_null() {
    add(TASK, Vocab.LABEL, NodeFactory.createLiteralString("Semantic Segmentation"));
    add(TASK, Vocab.LABEL, NodeFactory.createLiteralLang("Segmentation sémantique", "fr"));
    add(ODD, Vocab.LABEL, NodeFactory.createURI("https://example.org/not-a-label"));
    LabelLookup labels = new LabelLookup(dsg);

    assertThat(labels.labels(Vocab.LABEL, TASK))
        .containsExactlyInAnyOrder("Semantic Segmentation", "Segmentation sémantique");
    assertThat(labels.labels(Vocab.LABEL, BARE)).isEqualTo(Arrays.asList((String) null));
    assertThat(labels.labels(Vocab.LABEL, ODD)).isEqualTo(Arrays.asList((String) null));
  }

  @Test
  void each_label_property_is_asked_on_its_own() {
    add(TASK, Vocab.LABEL, NodeFactory.createLiteralString("Semantic Segmentation"));
    LabelLookup labels = new LabelLookup(dsg);

    assertThat(labels.labels(Vocab.LABEL, TASK)).containsExactly("Semantic Segmentation");
    assertThat(labels.labels(Vocab.NAME, TASK)).isEqualTo(Arrays.asList((String) null));
  }

  private void add(Node s, Node p, Node o) {
    dsg.add(Quad.create(Quad.defaultGraphIRI, s, p, o));
  }
}
