package org.pwckg.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paper vectors and the model that made them, as search needs them: embed a query, find nearest
 * neighbours, fetch a paper's own vector. Absent when a database has not been embedded yet, in
 * which case search offers keyword mode only and says so.
 */
public interface SemanticIndex {
  /** The model (and so the vector space), e.g. {@code all-MiniLM-L6-v2@fp32}. */
  String modelId();

  /** The query's vector (the model's query role). */
  float[] embedQuery(String text);

  /**
   * The {@code k} nearest papers to {@code vector} by cosine, best first; among {@code onlyIds}
   * when not null.
   */
  List<Neighbour> nearest(float[] vector, int k, Collection<String> onlyIds);

  /** The stored vector of a paper. */
  default Optional<float[]> vectorOf(String iri) {
    return Optional.ofNullable(vectorsOf(List.of(iri)).get(iri));
  }

  /** The stored vectors of several papers at once (those without one are left out). */
  Map<String, float[]> vectorsOf(Collection<String> iris);

  /**
   * Identifies the vectors' current contents: changes whenever a vector is added, replaced or
   * removed.
   */
  String fingerprint();

  /** Papers with a vector. */
  int size();

  /** One nearest neighbour: a paper IRI and its cosine similarity to the query. */
  record Neighbour(String iri, float similarity) {}
}
