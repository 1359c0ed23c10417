package org.pwckg.bench.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What no attack may have written: each ASK must stay false after a run (a stopped update changes
 * nothing, a refused LOAD loads nothing, an injection inserts nothing).
 */
final class Integrity {
  static final String CARTESIAN = "urn:reliability:cartesian";
  private static final List<String> MUST_BE_FALSE =
      List.of(
          "ASK { ?a <" + CARTESIAN + "> ?g }",
          "ASK { GRAPH ?g { ?a <" + CARTESIAN + "> ?b } }",
          "ASK { ?s ?p \"" + Secrets.PLANTED + "\" }",
          "ASK { GRAPH ?g { ?s ?p \"" + Secrets.PLANTED + "\" } }",
          "ASK { ?s <urn:reliability:via-service> ?o }",
          "ASK { <urn:reliability:injected> ?p ?o }");

  private Integrity() {}

  /** The ASKs that are not false (an empty list when the graph is intact). */
  static List<String> violations(Requests req) throws IOException {
    List<String> bad = new ArrayList<>();
    for (String ask : MUST_BE_FALSE) {
      Answer a = req.query(ask);
      if (a.status() != 200 || !a.body().replaceAll("\\s", "").contains("\"boolean\":false"))
        bad.add(ask + " → " + a.label() + " " + a.body());
    }
    return bad;
  }
}
