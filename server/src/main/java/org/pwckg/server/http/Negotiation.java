package org.pwckg.server.http;

import static org.pwckg.server.http.Format.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;

/**
 * Content negotiation, declared once: the offer tables and the one function that picks a format
 * from the {@code Accept} header, with a {@code format=} parameter (or file suffix) overriding it.
 * The first offer of a table is the default for clients that accept anything.
 */
public final class Negotiation {
  /** SELECT and ASK results. */
  public static final List<Format> RESULTS = List.of(SPARQL_JSON, SPARQL_XML, CSV, TSV);

  /** CONSTRUCT and DESCRIBE results, dumps of graphs. */
  public static final List<Format> GRAPHS = List.of(TURTLE, NTRIPLES, JSONLD, RDFXML);

  /**
   * Documents about a thing (entities, the ontology, the service description): RDF or a web page.
   */
  public static final List<Format> DOCUMENTS = List.of(TURTLE, NTRIPLES, JSONLD, RDFXML, HTML);

  /**
   * Whatever a query can be answered with: results, graphs, or (for a browser that follows a link
   * to a query, and so asks for HTML first) the query editor showing the query and its results.
   */
  public static final List<Format> QUERY_ANSWERS =
      List.of(SPARQL_JSON, SPARQL_XML, CSV, TSV, TURTLE, NTRIPLES, JSONLD, RDFXML, HTML);

  private Negotiation() {}

  /**
   * The format to answer with.
   *
   * @param accept the Accept header (null or blank: anything)
   * @param override a {@code format=} value or file suffix (a short name or a media type); wins
   * @param offers what this operation can produce, preferred first
   */
  public static Format choose(String accept, String override, List<Format> offers) {
    if (override != null && !override.isBlank()) return byName(override.strip(), offers);
    if (accept == null || accept.isBlank()) return offers.getFirst();
    MediaType match = AcceptList.match(new AcceptList(accept), acceptList(offers));
    if (match == null) {
      throw new ApiException(
          Problem.NOT_ACCEPTABLE,
          "None of the accepted media types ("
              + accept
              + ") is offered here; offered: "
              + mediaTypes(offers));
    }
    return byMediaType(match.getContentTypeStr(), offers);
  }

  /** Is {@code name} a suffix or format name of one of the offers? */
  public static boolean isName(String name, List<Format> offers) {
    return offers.stream().anyMatch(f -> f.names().contains(name.toLowerCase(Locale.ROOT)));
  }

  private static Format byName(String name, List<Format> offers) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Format f : offers) if (f.names().contains(wanted)) return f;
    for (Format f : offers) if (f.mediaType().equals(wanted)) return f;
    throw new ApiException(
        Problem.NOT_ACCEPTABLE,
        "Format '" + name + "' is not offered here; offered: " + mediaTypes(offers));
  }

  private static Format byMediaType(String mediaType, List<Format> offers) {
    for (Format f : offers) if (f.mediaType().equals(mediaType)) return f;
    for (Format f : offers) if (f.alsoAccepted().contains(mediaType)) return f;
    return offers.getFirst();
  }

  private static AcceptList acceptList(List<Format> offers) {
    List<String> types = new ArrayList<>();
    offers.forEach(f -> types.add(f.mediaType()));
    offers.forEach(
        f -> f.alsoAccepted().stream().filter(t -> !types.contains(t)).forEach(types::add));
    return new AcceptList(String.join(", ", types));
  }

  private static String mediaTypes(List<Format> offers) {
    return String.join(", ", offers.stream().map(Format::mediaType).toList());
  }
}
