package org.pwckg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.pwckg.queries.NamedQueries;

/**
 * The benchmark's query mix — paper page, leaderboard, task list, a typical SELECT with OPTIONALs
 * and a FILTER — as units of work for pwc-kg (one API call each) and for Fuseki (the SPARQL queries
 * of the catalogue that the same answer needs, with the same parameters).
 */
public final class QueryMix {
  static final String TYPICAL_SELECT =
      """
      PREFIX dcterms: <http://purl.org/dc/terms/>
      PREFIX pwc: <https://w3id.org/pwckg/ontology#>
      PREFIX schema: <https://schema.org/>
      SELECT ?paper ?title ?date ?arxiv ?repo WHERE {
        ?paper a <http://purl.org/spar/fabio/ResearchPaper> ; dcterms:title ?title .
        OPTIONAL { ?paper dcterms:issued ?date }
        OPTIONAL { ?paper pwc:arxivId ?arxiv }
        OPTIONAL { ?link pwc:paper ?paper ; a pwc:CodeLink ; pwc:repository ?repo }
        FILTER(!BOUND(?date) || ?date >= "2018-01-01"^^<http://www.w3.org/2001/XMLSchema#date>)
      } LIMIT 100""";
  private static final String SAMPLE_PAPERS =
      "SELECT DISTINCT ?p WHERE { ?r a <https://w3id.org/pwckg/ontology#Result> ; <https://w3id.org/pwckg/ontology#paper> ?p } LIMIT 200";
  private static final String SAMPLE_TABLES =
      "SELECT DISTINCT ?t WHERE { ?r <https://w3id.org/pwckg/ontology#evaluationTable> ?t } LIMIT 200";
  private static final List<String> PAPER_QUERIES =
      List.of(
          "paper",
          "paper-authors",
          "paper-code",
          "paper-entities",
          "paper-results",
          "related-papers");
  private static final List<String> TABLE_QUERIES =
      List.of("table", "table-metrics", "table-cells", "table-code");

  private final NamedQueries catalogue = new NamedQueries();
  private final List<String> papers;
  private final List<String> tables;
  private final String base;

  public QueryMix(Dataset dataset, String base) {
    this.base = base;
    this.papers = sample(dataset, SAMPLE_PAPERS, "p");
    this.tables = sample(dataset, SAMPLE_TABLES, "t");
    if (papers.isEmpty() || tables.isEmpty())
      throw new IllegalStateException("The database has no results to sample");
  }

  /**
   * The mix for pwc-kg; with {@code pages}, also the website's HTML pages of the same papers and
   * leaderboards (entity IRI path, {@code Accept: text/html}) beside the JSON they are built from.
   */
  public List<LoadRunner.Unit> pwckg(String origin, boolean pages) {
    List<LoadRunner.Unit> units = new ArrayList<>();
    for (String p : papers) {
      String id = p.substring((base + "paper/").length());
      units.add(unit("paper page", get(origin + "api/v1/papers/" + id)));
      if (pages) units.add(unit("paper page HTML", html(origin + "paper/" + id)));
    }
    for (String t : tables) {
      String id = t.substring((base + "evaluation/").length());
      units.add(unit("sota table", get(origin + "api/v1/sota/" + id)));
      if (pages) units.add(unit("leaderboard HTML", html(origin + "evaluation/" + id)));
    }
    units.add(unit("task list", get(origin + "api/v1/tasks")));
    units.add(unit("typical select", sparql(origin + "sparql", TYPICAL_SELECT)));
    return balance(units);
  }

  List<LoadRunner.Unit> fuseki(String endpoint) {
    List<LoadRunner.Unit> units = new ArrayList<>();
    for (String p : papers)
      units.add(new LoadRunner.Unit("paper page", queries(endpoint, PAPER_QUERIES, "paper", p)));
    for (String t : tables)
      units.add(new LoadRunner.Unit("sota table", queries(endpoint, TABLE_QUERIES, "table", t)));
    units.add(new LoadRunner.Unit("task list", queries(endpoint, List.of("tasks"), null, null)));
    units.add(unit("typical select", sparql(endpoint, TYPICAL_SELECT)));
    return balance(units);
  }

  /** Each kind of work gets the same share of the mix, whatever the sample sizes. */
  private static List<LoadRunner.Unit> balance(List<LoadRunner.Unit> units) {
    Map<String, List<LoadRunner.Unit>> byKind = new HashMap<>();
    units.forEach(u -> byKind.computeIfAbsent(u.name(), k -> new ArrayList<>()).add(u));
    int share = byKind.values().stream().mapToInt(List::size).max().orElse(1);
    List<LoadRunner.Unit> balanced = new ArrayList<>();
    byKind
        .values()
        .forEach(
            list -> {
              for (int i = 0; i < share; i++) balanced.add(list.get(i % list.size()));
            });
    return balanced;
  }

  private List<HttpRequest> queries(String endpoint, List<String> names, String var, String iri) {
    List<HttpRequest> requests = new ArrayList<>();
    for (String name : names) {
      Query q = catalogue.get(name).query();
      if (var != null) {
        Map<Var, Node> binding = Map.of(Var.alloc(var), NodeFactory.createURI(iri));
        q = QueryTransformOps.syntaxSubstitute(q, binding);
      }
      requests.add(sparql(endpoint, q.serialize()));
    }
    return requests;
  }

  private static LoadRunner.Unit unit(String name, HttpRequest request) {
    return new LoadRunner.Unit(name, List.of(request));
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  private static HttpRequest html(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
  }

  private static HttpRequest sparql(String endpoint, String query) {
    return HttpRequest.newBuilder(URI.create(endpoint))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/sparql-results+json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
        .build();
  }

  private static List<String> sample(Dataset ds, String query, String var) {
    return Txn.calculateRead(
        ds,
        () -> {
          List<String> out = new ArrayList<>();
          try (QueryExecution qe = QueryExecution.create(query, ds)) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getResource(var).getURI()));
          }
          return out;
        });
  }
}
