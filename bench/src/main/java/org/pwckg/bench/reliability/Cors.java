package org.pwckg.bench.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * Preflights and token-bearing requests from origins the server does not list: it may let them
 * read, never grant them the {@code Authorization} header nor answer them as a trusted origin.
 */
final class Cors {
  private Cors() {}

  static List<Shot> shots(Requests req) {
    List<Shot> shots = new ArrayList<>();
    for (String origin :
        List.of("https://evil.example", "null", "http://127.0.0.1.evil.example", "file://")) {
      for (String path : List.of("/sparql", "/admin/ingest", "/api/v1/tasks")) {
        shots.add(
            new Shot(
                "preflight " + path + " from " + origin,
                d ->
                    req.http()
                        .send(
                            RawHttp.head(
                                "OPTIONS",
                                path,
                                "Origin: " + origin,
                                "Access-Control-Request-Method: POST",
                                "Access-Control-Request-Headers: authorization, content-type")),
                a -> a.status() < 400 && a.wellFormed() && grantsNoToken(a, origin)));
      }
      shots.add(
          new Shot(
              "update with the token from " + origin,
              d ->
                  req.post(
                      "/sparql",
                      "application/sparql-update",
                      Requests.utf8("ASK {}"),
                      Requests.UPDATE_AUTH,
                      "Origin: " + origin),
              a -> a.wellFormed() && !a.header("access-control-allow-origin").equals(origin)));
    }
    return shots;
  }

  private static boolean grantsNoToken(Answer a, String origin) {
    return !a.header("access-control-allow-headers").contains("authorization")
        && !a.header("access-control-allow-origin").equals(origin)
        && !a.header("access-control-allow-credentials").equals("true");
  }
}
