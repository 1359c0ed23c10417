package org.pwckg.server.http;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Maps between the IRIs stored in the database ({@code dataBase}…) and this server's paths, and
 * says where the server is reached from outside (the configured public base, else the request's
 * origin).
 */
public record PublicUrls(String dataBase, Optional<String> publicBase) {

  /** The server path of an entity IRI under the data base ({@code /paper/x}); null otherwise. */
  public String localPath(String iri) {
    return iri != null && iri.startsWith(dataBase) ? "/" + iri.substring(dataBase.length()) : null;
  }

  /** The stored IRI that a server path stands for. */
  public String dataIri(String path) {
    return dataBase + (path.startsWith("/") ? path.substring(1) : path);
  }

  /** The absolute URL of a server path, as seen from outside. */
  public String url(Context ctx, String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return origin(ctx) + relative;
  }

  /** The public base, ending in "/". */
  public String origin(Context ctx) {
    return publicBase.orElseGet(() -> ctx.scheme() + "://" + ctx.host() + "/");
  }
}
