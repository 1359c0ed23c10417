package org.pwckg.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.queries.NamedQueries;

/** The figures `pwckg stats` shows, from the stats-*.rq queries. */
record GraphStats(
    long triples, Map<String, Long> entities, Map<String, Long> values, Map<String, Long> matches) {
  static final List<String> KINDS =
      List.of(
          "papers",
          "authors",
          "tasks",
          "datasets",
          "methods",
          "repositories",
          "code links",
          "evaluation tables",
          "results",
          "metrics",
          "models");

  static GraphStats of(DatasetGraph dsg) {
    NamedQueries queries = new NamedQueries();
    return Txn.calculateRead(
        dsg,
        () -> {
          Map<String, Long> entities = new LinkedHashMap<>();
          KINDS.forEach(k -> entities.put(k, 0L));
          entities.putAll(counts(queries, "stats-entities", dsg, "kind"));
          long triples = counts(queries, "count-triples", dsg, null).getOrDefault("", 0L);
          Map<String, Long> values = counts(queries, "stats-values", dsg, "status");
          // Empty cells have no score node: the ingest counted them (in its metadata graph).
          values.put(
              "Empty", counts(queries, "stats-empty-values", dsg, null).getOrDefault("", 0L));
          return new GraphStats(
              triples, entities, values, counts(queries, "stats-matches", dsg, "match"));
        });
  }

  /**
   * ?count per value of {@code keyVar} (IRIs by local name); one row under "" when keyVar is null.
   */
  private static Map<String, Long> counts(
      NamedQueries queries, String name, DatasetGraph dsg, String keyVar) {
    Map<String, Long> out = new LinkedHashMap<>();
    try (QueryExecution qe = queries.get(name).on(dsg, Map.of())) {
      ResultSet rs = qe.execSelect();
      String countVar =
          rs.getResultVars().stream().filter(v -> !v.equals(keyVar)).findFirst().orElseThrow();
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        out.put(keyVar == null ? "" : key(row.get(keyVar)), row.getLiteral(countVar).getLong());
      }
    }
    return out;
  }

  private static String key(RDFNode node) {
    if (node.isURIResource()) return node.asResource().getLocalName();
    return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
  }
}
