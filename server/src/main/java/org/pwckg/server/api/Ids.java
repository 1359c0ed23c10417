package org.pwckg.server.api;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.server.error.ApiException;

/**
 * API ids are the last part of entity IRIs ({@code paper/{id}}, {@code task/{id}}…). An id that
 * cannot be one is a bad request; one that could be but is not in the graph is not found.
 */
public record Ids(String dataBase) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,299}");

  /**
   * Datasets may be parts of datasets ({@code squad/dev}), so their ids may have a second segment.
   */
  private static final Pattern PART_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,299}(/[A-Za-z0-9][A-Za-z0-9._~-]{0,299})?");

  /** The IRI of {@code kind}/{@code id}, after checking the id's shape. */
  public Node iri(String kind, String id) {
    return NodeFactory.createURI(dataBase + kind + "/" + check(kind, id));
  }

  /** The IRI {@code kind}/{@code first}/{@code second} (leaderboards, repositories). */
  public Node iri(String kind, String firstKind, String first, String secondKind, String second) {
    return NodeFactory.createURI(
        dataBase + kind + "/" + check(firstKind, first) + "/" + check(secondKind, second));
  }

  /** The id itself, when it has the shape of an id. */
  public static String check(String kind, String id) {
    Pattern shape = kind.equals("dataset") ? PART_ID : ID;
    if (id == null || !shape.matcher(id).matches()) {
      throw ApiException.badRequest(
          "'" + id + "' is not a valid " + kind + " id (letters, digits, '.', '_', '~', '-')");
    }
    return id;
  }

  /** The id of an IRI under {@code kind}/, or null when the IRI is not one. */
  public String id(String iri, String kind) {
    String prefix = dataBase + kind + "/";
    return iri != null && iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
  }

  /** A reference to an entity, named by its label (or its id when it has none). */
  public Views.Ref ref(String iri, String kind, String label) {
    if (iri == null) return null;
    String id = id(iri, kind);
    return new Views.Ref(id != null ? id : iri, label != null ? label : id);
  }

  /** The leaderboard path of an evaluation table IRI ({@code evaluation/{task}/{dataset}}). */
  public String leaderboardPath(String tableIri) {
    String id = id(tableIri, "evaluation");
    return id == null ? null : "/api/v1/sota/" + id;
  }
}
