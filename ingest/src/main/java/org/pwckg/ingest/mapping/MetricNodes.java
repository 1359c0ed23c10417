package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.metrics.Direction;
import org.pwckg.ontology.metrics.MetricDirection;
import org.pwckg.ontology.metrics.MetricDirections;

/**
 * The metrics a task record uses. Every table naming a metric writes the same description of it
 * (label, direction and the rule that decided it), so metrics are co-owned like repositories.
 */
final class MetricNodes {
  private final Iris iris;
  private final MetricDirections directions;
  private final Map<Node, String> used = new LinkedHashMap<>();

  MetricNodes(MappingContext ctx) {
    this.iris = ctx.iris();
    this.directions = ctx.directions();
  }

  Node use(String name) {
    Node m = iris.metric(name);
    used.putIfAbsent(m, name);
    return m;
  }

  /**
   * A table's metric as the table wrote it, in its place, with the direction the table ranks it by
   * (its rows' order can decide that for the first metric: {@link MetricDirections#inTable}).
   */
  void column(Node table, int position, String name, List<Double> values, RecordGraph g) {
    Node c = iris.metricColumn(table, position);
    MetricDirection d = directions.inTable(name, values);
    g.add(table, METRIC_COLUMN, c);
    g.add(c, TYPE, METRIC_COLUMN_CLASS);
    g.add(c, COLUMN_METRIC, use(name));
    g.add(c, POSITION, Literals.integer(position));
    g.text(c, LABEL, name);
    g.add(c, DIRECTION, node(d.direction()));
    g.text(c, DIRECTION_RULE, d.rule());
  }

  private static Node node(Direction d) {
    return d == Direction.LOWER_IS_BETTER ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
  }

  /** Writes the metrics used since the last flush into {@code g}. */
  void flush(RecordGraph g) {
    used.forEach(
        (m, name) -> {
          MetricDirection d = directions.of(name);
          g.claim(m);
          g.shared(m, TYPE, METRIC);
          g.shared(m, LABEL, NodeFactory.createLiteralString(name));
          g.shared(m, DIRECTION, node(d.direction()));
          if (d.rule() != null)
            g.shared(m, DIRECTION_RULE, NodeFactory.createLiteralString(d.rule()));
        });
    used.clear();
  }
}
