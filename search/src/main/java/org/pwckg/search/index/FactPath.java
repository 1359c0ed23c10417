package org.pwckg.search.index;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * One kind of fact the keyword index holds about an entity: the steps from the entity to the node
 * that gives it, and the field it goes into ({@code name}, {@code text}, {@code alt}, {@code date},
 * or a link, named by its {@link RefKind#code()}).
 */
record FactPath(String field, List<Step> steps) {
  /**
   * One step over {@code property}, from subject to object or ({@code inverse}) from object to
   * subject; with a {@code type}, only to nodes of that type.
   */
  record Step(Node property, boolean inverse, Node type) {}

  FactPath {
    if (steps.isEmpty()) throw new IllegalArgumentException("A fact path needs a step");
    steps = List.copyOf(steps);
  }

  /** A literal value of the entity's {@code property}. */
  static FactPath value(String field, Node property) {
    return new FactPath(field, List.of(forward(property)));
  }

  /** The entities the path reaches, as links of {@code kind}. */
  static FactPath link(RefKind kind, Step... steps) {
    return new FactPath(kind.code(), List.of(steps));
  }

  static Step forward(Node property) {
    return new Step(property, false, null);
  }

  static Step forward(Node property, Node type) {
    return new Step(property, false, type);
  }

  /** From the object of {@code property} to its subjects of type {@code type}. */
  static Step inverse(Node property, Node type) {
    return new Step(property, true, type);
  }
}
