package org.pwckg.ingest.iri;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.Slugs;

/**
 * Entity IRIs from names, through {@link Iris}. A name with no ASCII letter or digit (a Chinese
 * author, a metric called "↑") has an empty slug; rather than collapsing all of them into one
 * {@code author/} node, such a name gets {@code x-<hash of the name>}.
 */
public final class Names {
  private final Iris iris;

  public Names(Iris iris) {
    this.iris = iris;
  }

  public Iris iris() {
    return iris;
  }

  /** The slug of a name ({@link Slugs#of}); a blank name still gets a distinct slug. */
  public static String slug(String name) {
    String s = Slugs.of(name);
    return s.isEmpty() ? "x-" + hash(name) : s;
  }

  public Node author(String name) {
    return iris.node("author/" + slug(name));
  }

  public Node task(String name) {
    return iris.node("task/" + slug(name));
  }

  public Node area(String name) {
    return iris.node("area/" + slug(name));
  }

  public Node datasetByName(String name) {
    return iris.dataset(slug(name));
  }

  public Node methodByName(String name) {
    return iris.method(slug(name));
  }

  public Node methodCollection(String name) {
    return iris.node("method-collection/" + slug(name));
  }

  public Node proceeding(String name) {
    return iris.node("proceeding/" + slug(name));
  }

  public Node conference(String name) {
    return iris.node("conference/" + slug(name));
  }

  public Node metric(String name) {
    return iris.metric(name);
  }

  public Node model(String name) {
    return iris.node("model/" + slug(name));
  }

  public Node evaluationTable(String task, String dataset) {
    return iris.node("evaluation/" + slug(task) + "/" + slug(dataset));
  }

  /** A part of an entity named by {@code name}: a subdataset of a dataset, its table of a table. */
  public static Node part(Node whole, String name) {
    return NodeFactory.createURI(whole.getURI() + "/" + slug(name));
  }

  public Node score(Node result, String metric) {
    return iris.score(result, metric);
  }

  public Node paperByTitle(String title) {
    String key = Slugs.titleKey(title);
    return iris.node("paper/title-" + (key.isEmpty() ? "x-" + hash(title) : key));
  }

  /** The Linked Papers With Code twin of one of our entities. */
  public static Node lpwc(String kind, String slug) {
    return NodeFactory.createURI(Namespaces.LPWC + kind + "/" + slug);
  }

  public static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
