package org.pwckg.search.index;

import java.util.function.Consumer;

/**
 * Where a sync reads the entities from: the graph ({@link EntityReader}), or a list in a harness.
 */
@FunctionalInterface
public interface DocSource {
  void forEach(Consumer<EntityDoc> sink);
}
