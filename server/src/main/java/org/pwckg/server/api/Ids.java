package org.pwckg.server.api;

import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;
import org.pwckg.server.error.ApiException;

/**
 * API ids are the last part of entity IRIs ({@code paper/{id}}, {@code task/{id}}…), which {@link
 * Iris} mints. An id that cannot be one is a bad request; one that could be but is not in the graph
 * is not found. A kind is the IRI path segment ({@link IriKind#segment()}).
 */
public record Ids(String dataBase) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,299}");

  /**
   * Datasets may be parts of datasets ({@code squad/dev}), so their ids may have a second segment.
   */
  private static final Pattern PART_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,299}(/[A-Za-z0-9][A-Za-z0-9._~-]{0,299})?");

  private Iris iris() {
    return new Iris(dataBase);
  }

  /** The IRI of {@code kind}/{@code id}, after checking the id's shape. */
  public Node iri(String kind, String id) {
    return iris().entity(kind(kind), check(kind, id));
  }

  /** The leaderboard {@code evaluation/{task}/{dataset}}. */
  public Node leaderboard(String task, String dataset) {
    return iris().entity(IriKind.EVALUATION, check("task", task) + "/" + check("dataset", dataset));
  }

  /** The repository {@code repository/github.com/{owner}/{name}}. */
  public Node githubRepository(String owner, String name) {
    return iris()
        .repository(
            "https://github.com/"
                + check("repository owner", owner)
                + "/"
                + check("repository name", name));
  }

  /** The id itself, when it has the shape of an id. */
  public static String check(String kind, String id) {
    Pattern shape = kind.equals(IriKind.DATASET.segment()) ? PART_ID : ID;
    if (id == null || !shape.matcher(id).matches()) {
      throw ApiException.badRequest(
          "'" + id + "' is not a valid " + kind + " id (letters, digits, '.', '_', '~', '-')");
    }
    return id;
  }

  /** The id of an IRI under {@code kind}/, or null when the IRI is not one. */
  public String id(String iri, String kind) {
    return iris().id(iri, kind(kind)).orElse(null);
  }

  /** A reference to an entity, named by its label (or its id when it has none). */
  public Views.Ref ref(String iri, String kind, String label) {
    if (iri == null) return null;
    String id = id(iri, kind);
    return new Views.Ref(id != null ? id : iri, label != null ? label : id);
  }

  /** The leaderboard path of an evaluation table IRI ({@code evaluation/{task}/{dataset}}). */
  public String leaderboardPath(String tableIri) {
    String id = iris().id(tableIri, IriKind.EVALUATION).orElse(null);
    return id == null ? null : "/api/v1/sota/" + id;
  }

  private static IriKind kind(String segment) {
    return IriKind.ofSegment(segment)
        .orElseThrow(() -> new IllegalArgumentException("not an entity kind: " + segment));
  }
}
