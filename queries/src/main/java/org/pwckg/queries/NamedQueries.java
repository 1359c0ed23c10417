package org.pwckg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalogue of every query the product runs: {@code org/pwckg/queries/<name>.rq} on the
 * classpath. Each file is read and parsed once; an unknown name is a programming error.
 */
public final class NamedQueries {
  private static final String ROOT = "/org/pwckg/queries/";
  private static final String EXAMPLES = "examples/";
  private final Map<String, NamedQuery> cache = new ConcurrentHashMap<>();
  private final Map<String, NamedQuery> counts = new ConcurrentHashMap<>();

  public NamedQuery get(String name) {
    return cache.computeIfAbsent(name, n -> NamedQuery.parse(n, text(n)));
  }

  /** {@link NamedQuery#count()} of a catalogue query, built once. */
  public NamedQuery count(String name) {
    return counts.computeIfAbsent(name, n -> get(n).count());
  }

  /** The raw text of a query file (served as an example in the query editor). */
  public static String text(String name) {
    return resource(name + ".rq");
  }

  private static String resource(String file) {
    try (InputStream in = NamedQueries.class.getResourceAsStream(ROOT + file)) {
      if (in == null)
        throw new IllegalArgumentException("No query named '" + file + "' in " + ROOT);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A query shown to people as an example: its title is the first comment line of the file. */
  public record Example(String name, String title, String text) {}

  /**
   * The example queries offered in the query editor, in the order of {@code examples/index.txt} (a
   * jar cannot list a resource folder, so the index names them).
   */
  public static List<Example> examples() {
    return resource(EXAMPLES + "index.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(name -> example(name, text(EXAMPLES + name.replace(".rq", ""))))
        .toList();
  }

  private static Example example(String name, String text) {
    String first = text.lines().findFirst().orElse("");
    String title = first.startsWith("#") ? first.substring(1).strip() : name;
    return new Example(name, title, text);
  }
}
