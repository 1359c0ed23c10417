package org.pwckg.search.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.G;

/**
 * The labels of the entities a read links to, remembered while the read lasts. The fields queries
 * once joined each link to its label with an {@code OPTIONAL}, which Jena ran by rewriting and
 * planning the label pattern afresh for every link: at archive scale a paper has about eight links,
 * most to the same few thousand tasks, methods and datasets. Looking them up here takes a quarter
 * off a read of the whole archive (BENCHMARKS.md, issue 13 item 1).
 *
 * <p>Only the {@value #RECENT} entities used last are remembered per label property, so that links
 * to entities seldom seen again (authors, repositories) do not pile up. The read holds a
 * transaction: what it remembers is what the graph holds.
 */
final class LabelLookup {
  private static final int RECENT = 1 << 16;

  /** An entity without a label is still linked, once, with no label. */
  private static final List<String> NO_LABEL = Collections.singletonList(null);

  private final Graph graph;
  private final Map<Node, Map<Node, List<String>>> recentByProperty = new HashMap<>();

  /** Labels from the default graph of {@code dsg}, the graph the fields queries read. */
  LabelLookup(DatasetGraph dsg) {
    this.graph = dsg.getDefaultGraph();
  }

  /**
   * Every {@code property} value of {@code entity} in the order of the graph's index, a value that
   * is not a literal as null; a single null when there is none.
   */
  List<String> labels(Node property, Node entity) {
    Map<Node, List<String>> recent = recentByProperty.computeIfAbsent(property, p -> lru());
    List<String> labels = recent.get(entity);
    if (labels == null) {
      labels = read(property, entity);
      recent.put(entity, labels);
    }
    return labels;
  }

  private List<String> read(Node property, Node entity) {
    List<Node> values = G.listSP(graph, entity, property);
    if (values.isEmpty()) return NO_LABEL;
    List<String> labels = new ArrayList<>(values.size());
    for (Node label : values) labels.add(label.isLiteral() ? label.getLiteralLexicalForm() : null);
    return labels;
  }

  private static Map<Node, List<String>> lru() {
    return new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Node, List<String>> eldest) {
        return size() > RECENT;
      }
    };
  }
}
