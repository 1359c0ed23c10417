package org.pwckg.bench.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hostile request classes of issue 12's probe, each with the answers the server owes them now
 * (docs/SERVER.md): queries and updates stopped by the time limit (503), bodies over the size limit
 * (413), tokens over the lexer's bound (400), LOAD and outbound fetches refused (403, 400), Jetty's
 * own refusals as JSON (414, 431).
 */
final class HostileClasses {
  static final Set<Integer> TIMEOUT = Set.of(503);
  static final Set<Integer> REFUSED = Set.of(400);
  private static final String REGEX =
      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?a FILTER regex(str(?a), \"(.*a){12}x$\") }";
  private static final String CARTESIAN = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i";

  private final Requests req;
  private final Path secret;
  private final Path loadSource;
  private final int outboundPort;

  /**
   * @param secret a file beside the database holding {@link Secrets#PLANTED}
   * @param loadSource the one folder the server's LOAD may read
   * @param outboundPort a local listener that counts any request the server makes
   */
  HostileClasses(Requests req, Path secret, Path loadSource, int outboundPort) {
    this.req = req;
    this.secret = secret;
    this.loadSource = loadSource;
    this.outboundPort = outboundPort;
  }

  /** Every class, in the order a run attacks with them; the last holds connections open. */
  List<Attack> all(int port) {
    List<Attack> all = new ArrayList<>(requests());
    all.add(new Attack("slowloris: 256 connections, headers 1 byte/s", 256, SlowLoris.shots(port)));
    return all;
  }

  /** The classes whose every request gets an answer (what a soak trickles in). */
  List<Attack> requests() {
    return List.of(
        new Attack("catastrophic regex (query timeout)", 2, regex()),
        new Attack("exploding queries: joins, paths, cartesian, 64 Ki tokens", 2, exploding()),
        new Attack("bodies over 1 MB (chunked, 6–20 MB) and 900 KB tokens", 2, oversized()),
        new Attack("SPARQL Update cartesian INSERT…WHERE (update timeout)", 2, cartesianUpdate()),
        new Attack("LOAD file:/relative/dot-segment, LOAD http, SERVICE", 2, loadAndFetch()),
        new Attack("path traversal, injection, overlong URL/headers", 4, ProbePaths.shots(req)),
        new Attack("java: function IRIs", 2, javaFunctions()),
        new Attack("malformed multipart (/admin/ingest, by-image)", 2, Multipart.shots(req)),
        new Attack("CORS preflights from unknown origins", 2, Cors.shots(req)));
  }

  private List<Shot> regex() {
    return List.of(
        Shot.of("regex", d -> req.query(REGEX), TIMEOUT),
        Shot.of(
            "replace",
            d ->
                req.query(
                    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?a"
                        + " FILTER (replace(str(?a), \"(.*a){12}x$\", \"\") = \"\") }"),
            TIMEOUT),
        Shot.of(
            "fn:matches",
            d ->
                req.query(
                    "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT (COUNT(*) AS ?n)"
                        + " WHERE { ?s ?p ?a FILTER fn:matches(str(?a), \"(.*a){12}x$\") }"),
            TIMEOUT));
  }

  private List<Shot> exploding() {
    Set<Integer> stoppedOrCapped = Set.of(200, 503);
    StringBuilder values = new StringBuilder("SELECT ?x WHERE { VALUES ?x {");
    for (int i = 0; i < 65_536; i++) values.append(' ').append(i);
    String manyTokens = values.append(" } ?x ?p ?o }").toString();
    return List.of(
        Shot.of(
            "3-way join",
            d -> req.query("SELECT (COUNT(*) AS ?n) WHERE { " + CARTESIAN + " }"),
            TIMEOUT),
        Shot.of(
            "property path closure",
            d -> req.query("SELECT (COUNT(*) AS ?n) WHERE { ?x (<urn:p>|!<urn:p>)* ?y }"),
            stoppedOrCapped),
        Shot.of(
            "sorted cartesian product",
            d -> req.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 10"),
            stoppedOrCapped),
        Shot.of(
            "CONSTRUCT cartesian",
            d -> req.graphQuery("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }"),
            stoppedOrCapped),
        Shot.of(
            "one 65,537-character token",
            d ->
                req.post(
                    "/sparql",
                    "application/sparql-query",
                    Requests.utf8("SELECT * WHERE { ?s ?p \"" + "x".repeat(65_535) + "\" }"),
                    Requests.JSON_RESULTS),
            REFUSED),
        Shot.of(
            "65,536 tokens",
            d ->
                req.post(
                    "/sparql",
                    "application/sparql-query",
                    Requests.utf8(manyTokens),
                    Requests.JSON_RESULTS),
            stoppedOrCapped));
  }

  private List<Shot> oversized() {
    Set<Integer> tooLarge = Set.of(413);
    String query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 #";
    return List.of(
        Shot.of(
            "2 MB chunked query",
            d -> req.postChunked("/sparql", "application/sparql-query", query, 2_000_000),
            tooLarge),
        Shot.of(
            "6 MB token, Content-Length",
            d ->
                req.postLong(
                    "/sparql", "application/sparql-query", "SELECT * WHERE { ?s ?p \"", 6_000_000),
            tooLarge),
        Shot.of(
            "20 MB token, chunked update",
            d ->
                req.postChunked(
                    "/sparql",
                    "application/sparql-update",
                    "INSERT DATA { <urn:a> <urn:b> \"",
                    20_000_000,
                    Requests.UPDATE_AUTH),
            tooLarge),
        Shot.of(
            "900 KB token under the byte limit",
            d ->
                req.postLong(
                    "/sparql", "application/sparql-query", "SELECT * WHERE { ?s ?p \"", 900_000),
            REFUSED));
  }

  private List<Shot> cartesianUpdate() {
    return List.of(
        Shot.of(
            "INSERT…WHERE 3-way cartesian",
            d ->
                req.update(
                    "INSERT { ?a <" + Integrity.CARTESIAN + "> ?g } WHERE { " + CARTESIAN + " }"),
            TIMEOUT),
        Shot.of(
            "DELETE…INSERT…WHERE cartesian",
            d ->
                req.update(
                    "DELETE { ?a <urn:none> ?g } INSERT { ?a <"
                        + Integrity.CARTESIAN
                        + "> ?g } WHERE { "
                        + CARTESIAN
                        + " }"),
            TIMEOUT));
  }

  private List<Shot> loadAndFetch() {
    Set<Integer> forbidden = Set.of(403);
    String outbound = "http://127.0.0.1:" + outboundPort;
    List<Shot> shots = new ArrayList<>();
    for (String iri :
        List.of(
            secret.toUri().toString(),
            "file:///etc/passwd",
            secret.getFileName().toString(),
            "../" + secret.getFileName(),
            "file:" + secret.getFileName(),
            loadSource.toUri() + "../" + secret.getFileName(),
            loadSource.toUri() + "%2e%2e/" + secret.getFileName(),
            outbound + "/data.ttl"))
      shots.add(Shot.of("LOAD <" + iri + ">", d -> req.update("LOAD <" + iri + ">"), forbidden));
    shots.add(
        Shot.of(
            "LOAD INTO GRAPH",
            d -> req.update("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:reliability:g>"),
            forbidden));
    shots.add(
        Shot.of(
            "SERVICE in update WHERE",
            d ->
                req.update(
                    "INSERT { ?s <urn:reliability:via-service> ?o } WHERE { SERVICE <"
                        + outbound
                        + "/sparql> { ?s ?p ?o } }"),
            REFUSED));
    shots.add(
        Shot.of(
            "SERVICE in a query",
            d -> req.query("SELECT * WHERE { SERVICE <" + outbound + "/sparql> { ?s ?p ?o } }"),
            REFUSED));
    return shots;
  }

  private List<Shot> javaFunctions() {
    return List.of(
        Shot.of(
            "java: function",
            d ->
                req.query(
                    "SELECT (<java:org.apache.jena.sparql.function.library.FN_Abs>(-2) AS ?x) WHERE {}"),
            REFUSED),
        Shot.of(
            "java: prefix",
            d -> req.query("PREFIX j: <java:java.lang.> SELECT (j:Runtime(1) AS ?x) WHERE {}"),
            REFUSED),
        Shot.of(
            "java: property function",
            d ->
                req.query(
                    "SELECT ?l WHERE { <urn:x> <java:org.apache.jena.sparql.pfunction.library.splitIRI> (?n ?l) }"),
            Set.of(200)));
  }
}
