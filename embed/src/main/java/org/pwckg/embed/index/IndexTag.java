package org.pwckg.embed.index;

import java.util.Map;

/**
 * Which vector space an index holds, kept in the commit's user data so that vectors of two models
 * never meet in one index.
 */
public record IndexTag(String modelId, int dimension) {
  private static final String MODEL = "pwckg.model";
  private static final String DIMENSION = "pwckg.dimension";

  Map<String, String> userData() {
    return Map.of(MODEL, modelId, DIMENSION, Integer.toString(dimension));
  }

  /** The tag of an existing commit, or null when the commit carries none. */
  static IndexTag fromUserData(Map<String, String> data) {
    String model = data.get(MODEL);
    String dimension = data.get(DIMENSION);
    return model == null || dimension == null
        ? null
        : new IndexTag(model, Integer.parseInt(dimension));
  }

  @Override
  public String toString() {
    return modelId + " (" + dimension + "-d)";
  }
}
