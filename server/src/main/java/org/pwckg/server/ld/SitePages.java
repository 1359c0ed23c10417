package org.pwckg.server.ld;

import io.javalin.http.Context;

/** The website's pages of entities, for browsers that dereference an entity IRI. */
public interface SitePages {
  /** Answers with the site's page of the entity at {@code path}; false when it has none. */
  boolean render(Context ctx, String path);

  /** Answers a request under an entity path that the site serves itself (chart downloads). */
  boolean intercept(Context ctx);
}
