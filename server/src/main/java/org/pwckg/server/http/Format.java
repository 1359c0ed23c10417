package org.pwckg.server.http;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Every representation the server writes: its media type, the other media types that ask for it,
 * the short names a {@code format=} parameter or a file suffix may use, and Jena's writer for it.
 */
public enum Format {
  SPARQL_JSON(
      "application/sparql-results+json",
      List.of("application/json"),
      List.of("json", "srj"),
      ResultSetLang.RS_JSON,
      null),
  SPARQL_XML(
      "application/sparql-results+xml",
      List.of("application/xml", "text/xml"),
      List.of("xml", "srx"),
      ResultSetLang.RS_XML,
      null),
  CSV("text/csv", List.of(), List.of("csv"), ResultSetLang.RS_CSV, null),
  TSV("text/tab-separated-values", List.of(), List.of("tsv"), ResultSetLang.RS_TSV, null),
  TURTLE(
      "text/turtle",
      List.of("application/x-turtle"),
      List.of("ttl", "turtle"),
      Lang.TURTLE,
      RDFFormat.TURTLE_PRETTY),
  NTRIPLES(
      "application/n-triples",
      List.of("text/plain"),
      List.of("nt", "ntriples", "n-triples"),
      Lang.NTRIPLES,
      RDFFormat.NTRIPLES),
  JSONLD(
      "application/ld+json",
      List.of("application/json"),
      List.of("jsonld", "json-ld", "json"),
      Lang.JSONLD,
      RDFFormat.JSONLD_PRETTY),
  RDFXML(
      "application/rdf+xml",
      List.of("application/xml", "text/xml"),
      List.of("rdf", "rdfxml", "owl", "xml"),
      Lang.RDFXML,
      RDFFormat.RDFXML_PLAIN),
  HTML("text/html", List.of("application/xhtml+xml"), List.of("html"), null, null);

  private final String mediaType;
  private final List<String> alsoAccepted;
  private final List<String> names;
  private final Lang lang;
  private final RDFFormat rdfFormat;

  Format(
      String mediaType,
      List<String> alsoAccepted,
      List<String> names,
      Lang lang,
      RDFFormat rdfFormat) {
    this.mediaType = mediaType;
    this.alsoAccepted = alsoAccepted;
    this.names = names;
    this.lang = lang;
    this.rdfFormat = rdfFormat;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The Content-Type header: text formats say their charset. */
  public String contentType() {
    boolean text =
        mediaType.startsWith("text/") || mediaType.endsWith("json") || mediaType.endsWith("xml");
    return text ? mediaType + "; charset=utf-8" : mediaType;
  }

  public List<String> alsoAccepted() {
    return alsoAccepted;
  }

  public List<String> names() {
    return names;
  }

  /** The results language (SELECT/ASK formats) or RDF language (graph formats). */
  public Lang lang() {
    return lang;
  }

  public RDFFormat rdfFormat() {
    return rdfFormat;
  }

  /** The usual file suffix, used in links to other representations. */
  public String suffix() {
    return names.getFirst();
  }
}
