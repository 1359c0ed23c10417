package org.pwckg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of every query the product runs: {@code org/pwckg/queries/<name>.rq} on the
 * classpath. Each file is read and parsed once; an unknown name is a programming error.
 */
public final class NamedQueries {
  private static final String ROOT = "/org/pwckg/queries/";
  private final Map<String, NamedQuery> cache = new ConcurrentHashMap<>();

  public NamedQuery get(String name) {
    return cache.computeIfAbsent(name, n -> NamedQuery.parse(n, text(n)));
  }

  /** The raw text of a query file (served as an example in the query editor). */
  public static String text(String name) {
    try (InputStream in = NamedQueries.class.getResourceAsStream(ROOT + name + ".rq")) {
      if (in == null) throw new IllegalArgumentException("No query named '" + name + "' in " + ROOT);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
