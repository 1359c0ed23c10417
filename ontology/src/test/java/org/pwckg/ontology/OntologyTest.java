package org.pwckg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
  private static final Graph ONTOLOGY = OntologyResources.ontology().getGraph();
  private static final Node ONTOLOGY_IRI = NodeFactory.createURI(OntologyResources.ONTOLOGY_IRI);
  private static final Node DOMAIN_INCLUDES =
      NodeFactory.createURI(Namespaces.SCHEMA + "domainIncludes");

  /** Every distinct IRI among Vocab's public constants. */
  static List<Node> vocabTerms() throws IllegalAccessException {
    Set<Node> terms = new LinkedHashSet<>();
    for (Field f : Vocab.class.getDeclaredFields()) {
      if (Modifier.isPublic(f.getModifiers()) && f.getType() == Node.class)
        terms.add((Node) f.get(null));
    }
    return new ArrayList<>(terms);
  }

  static boolean isProperty(Node term) {
    String local = term.getLocalName();
    return !term.equals(Vocab.NIL) && Character.isLowerCase(local.charAt(0));
  }

  @Test
  void every_vocabulary_term_has_a_label_and_a_comment() throws IllegalAccessException {
    List<Node> terms = vocabTerms();
    assertThat(terms).hasSizeGreaterThan(85);
    for (Node term : terms) {
      assertThat(ONTOLOGY.contains(term, RDFS.label.asNode(), Node.ANY))
          .as("label of " + term)
          .isTrue();
      assertThat(ONTOLOGY.contains(term, RDFS.comment.asNode(), Node.ANY))
          .as("comment of " + term)
          .isTrue();
      assertThat(ONTOLOGY.contains(term, RDFS.isDefinedBy.asNode(), Node.ANY))
          .as("isDefinedBy of " + term)
          .isTrue();
    }
  }

  @Test
  void every_pwc_term_is_declared_and_defined_by_this_ontology() throws IllegalAccessException {
    Set<Node> declarations =
        Set.of(
            OWL.Class.asNode(),
            OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(),
            OWL.NamedIndividual.asNode());
    for (Node term : pwcTerms()) {
      Set<Node> types =
          ONTOLOGY.find(term, Vocab.TYPE, Node.ANY).mapWith(Triple::getObject).toSet();
      assertThat(types).as("declaration of " + term).containsAnyElementsOf(declarations);
      assertThat(ONTOLOGY.contains(term, RDFS.isDefinedBy.asNode(), ONTOLOGY_IRI))
          .as(term.getURI())
          .isTrue();
    }
  }

  @Test
  void every_reused_term_is_defined_by_the_vocabulary_of_its_namespace()
      throws IllegalAccessException {
    for (Node term : vocabTerms()) {
      if (term.getURI().startsWith(Namespaces.PWC)) continue;
      Node definedBy = ONTOLOGY.find(term, RDFS.isDefinedBy.asNode(), Node.ANY).next().getObject();
      String vocabulary = definedBy.getURI().replaceAll("[#/]$", "");
      assertThat(term.getURI()).as(term.getURI()).startsWith(vocabulary);
    }
  }

  @Test
  void every_pwc_property_has_a_domain_and_every_object_property_a_range()
      throws IllegalAccessException {
    for (Node term : pwcTerms()) {
      if (!isProperty(term)) continue;
      boolean domain =
          ONTOLOGY.contains(term, RDFS.domain.asNode(), Node.ANY)
              || ONTOLOGY.contains(term, DOMAIN_INCLUDES, Node.ANY);
      assertThat(domain).as("domain of " + term).isTrue();
      assertThat(ONTOLOGY.contains(term, RDFS.range.asNode(), Node.ANY))
          .as("range of " + term)
          .isTrue();
    }
  }

  @Test
  void the_ontology_states_its_version_licence_and_creator() {
    assertThat(ONTOLOGY.contains(ONTOLOGY_IRI, Vocab.TYPE, OWL.Ontology.asNode())).isTrue();
    assertThat(ONTOLOGY.contains(ONTOLOGY_IRI, OWL.versionInfo.asNode(), Node.ANY)).isTrue();
    assertThat(
            ONTOLOGY.contains(
                ONTOLOGY_IRI,
                NodeFactory.createURI(Namespaces.DCTERMS + "license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/")))
        .isTrue();
    assertThat(
            ONTOLOGY.contains(
                ONTOLOGY_IRI,
                NodeFactory.createURI("http://purl.org/dc/elements/1.1/creator"),
                Node.ANY))
        .isTrue();
  }

  @Test
  void the_graph_data_is_licensed_like_the_archive() {
    Node dataset = NodeFactory.createURI(Namespaces.DEFAULT_BASE);
    assertThat(
            ONTOLOGY.contains(
                dataset,
                NodeFactory.createURI(Namespaces.DCTERMS + "license"),
                NodeFactory.createURI("https://creativecommons.org/licenses/by-sa/4.0/")))
        .isTrue();
  }

  @Test
  void pwc_classes_align_with_linked_papers_with_code() {
    Node lpwcEvaluation =
        NodeFactory.createURI("https://linkedpaperswithcode.com/class/evaluation");
    assertThat(ONTOLOGY.contains(Vocab.RESULT, OWL.equivalentClass.asNode(), lpwcEvaluation))
        .isTrue();
    assertThat(
            ONTOLOGY.contains(
                Vocab.PAPER,
                RDFS.seeAlso.asNode(),
                NodeFactory.createURI("https://linkedpaperswithcode.com/class/paper")))
        .isTrue();
  }

  @Test
  void the_ontology_and_the_shapes_have_no_blank_nodes() {
    for (Graph g : List.of(ONTOLOGY, OntologyResources.shapesGraph())) {
      assertThat(
              g.find()
                  .filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                  .toList())
          .isEmpty();
    }
  }

  @Test
  void the_resources_are_parsed_once_and_read_only() {
    assertThat(OntologyResources.ontology()).isSameAs(OntologyResources.ontology());
    assertThat(OntologyResources.shapesGraph()).isSameAs(OntologyResources.shapesGraph());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                OntologyResources.shapesGraph()
                    .add(Vocab.PAPER, Vocab.LABEL, NodeFactory.createLiteralString("x")))
        .isInstanceOf(org.apache.jena.shared.AddDeniedException.class);
  }

  private static List<Node> pwcTerms() throws IllegalAccessException {
    return vocabTerms().stream().filter(t -> t.getURI().startsWith(Namespaces.PWC)).toList();
  }
}
