package org.pwckg.bench.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Issue 12's path and parameter probe, about 900 requests: dot segments in every spelling under
 * each route that takes a path, SPARQL and other injections in the API's identifiers and
 * parameters, and a URL and a header too long for Jetty. None may reveal a file, fail with a 5xx,
 * or answer an error without the JSON body.
 */
final class ProbePaths {
  private static final List<String> ROUTES =
      List.of(
          "/",
          "/figures/",
          "/figures/x/",
          "/dumps/",
          "/api/v1/papers/",
          "/api/v1/sota/",
          "/paper/",
          "/evaluation/",
          "/assets/",
          "/api/v1/docs/");
  private static final List<String> DOTS =
      List.of(
          "../",
          "..%2f",
          "..%2F",
          "%2e%2e/",
          "%2e%2e%2f",
          "..%252f",
          "%252e%252e%252f",
          "....//",
          "..\\",
          "..%5c",
          "%c0%ae%c0%ae/",
          "..;/",
          ".%2e/",
          "..%00/");
  private static final List<String> TARGETS =
      List.of("etc/passwd", "secret.ttl", "pwckg-reliability/secret.ttl");
  private static final List<String> INJECTIONS =
      List.of(
          "x> } INSERT DATA { <urn:reliability:injected> <urn:p> 1 } #",
          "\" } ; DROP ALL ; #",
          "x'); DROP TABLE papers; --",
          "' OR '1'='1",
          "<script>alert(1)</script>",
          "${jndi:ldap://127.0.0.1:1/a}",
          "%00",
          "\u0000",
          "x\r\nSet-Cookie: a=b",
          "{{7*7}}",
          "../../etc/passwd",
          "?s ?p ?o } UNION { ?s ?p ?o",
          "\\u0022 } #",
          "%",
          "%zz");
  private static final List<String> PARAMS =
      List.of(
          "/api/v1/papers/",
          "/api/v1/sota/",
          "/api/v1/tasks/",
          "/api/v1/search?q=",
          "/api/v1/papers?task=",
          "/api/v1/papers?items_per_page=",
          "/api/v1/search?mode=",
          "/sparql?timeout=",
          "/paper/",
          "/search?q=");

  private ProbePaths() {}

  static List<Shot> shots(Requests req) {
    List<Shot> shots = new ArrayList<>();
    Set<Integer> anyAnswer =
        Set.of(200, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 406, 414);
    for (String route : ROUTES)
      for (String dots : DOTS)
        for (int depth : new int[] {1, 4})
          for (String target : TARGETS) {
            String path = route + dots.repeat(depth) + target;
            shots.add(Shot.of(path, d -> req.get(path), anyAnswer));
          }
    for (String param : PARAMS)
      for (String injection : INJECTIONS) {
        shots.add(
            Shot.of(
                param + injection, d -> req.get(param + Requests.encode(injection)), anyAnswer));
        String raw = param + injection.replace(" ", "%20").replace("\r\n", "");
        shots.add(Shot.of(raw, d -> req.get(raw), anyAnswer));
      }
    shots.add(
        Shot.of(
            "100 KB URL", d -> req.get("/api/v1/search?q=" + "a".repeat(100_000)), Set.of(414)));
    shots.add(
        Shot.of(
            "100 KB header",
            d -> req.get("/health", "X-Filler: " + "x".repeat(100_000)),
            Set.of(431)));
    shots.add(Shot.of("1,000 headers", d -> req.get("/health", headers(1_000)), Set.of(200, 431)));
    return shots;
  }

  private static String[] headers(int n) {
    String[] h = new String[n];
    for (int i = 0; i < n; i++) h[i] = "X-H" + i + ": " + "v".repeat(20);
    return h;
  }
}
