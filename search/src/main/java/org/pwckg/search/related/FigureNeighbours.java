package org.pwckg.search.related;

import java.util.Map;

/**
 * Papers whose figures look like a paper's own figures (by image content: DeepSeek-VL vectors made
 * on a GPU), each with its best cosine. Empty when there are no image vectors for the paper.
 */
@FunctionalInterface
public interface FigureNeighbours {
  FigureNeighbours NONE = (paper, k) -> Map.of();

  Map<String, Double> of(String paperIri, int k);
}
