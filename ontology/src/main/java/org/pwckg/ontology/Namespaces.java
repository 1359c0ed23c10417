package org.pwckg.ontology;

import org.apache.jena.shared.PrefixMapping;

/** The namespaces of the knowledge graph: our own and the standard vocabularies we reuse. */
public final class Namespaces {
  /** Our ontology: terms only where no standard vocabulary has one. */
  public static final String PWC = "https://w3id.org/pwckg/ontology#";

  /**
   * Default base of entity IRIs (paper/, task/, …); a database records the base it was built with.
   */
  public static final String DEFAULT_BASE = "https://w3id.org/pwckg/";

  public static final String SCHEMA = "https://schema.org/";
  public static final String DCTERMS = "http://purl.org/dc/terms/";
  public static final String FABIO = "http://purl.org/spar/fabio/";
  public static final String FOAF = "http://xmlns.com/foaf/0.1/";
  public static final String DCAT = "http://www.w3.org/ns/dcat#";
  public static final String MLS = "http://www.w3.org/ns/mls#";
  public static final String PROV = "http://www.w3.org/ns/prov#";
  public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
  public static final String BIBO = "http://purl.org/ontology/bibo/";
  public static final String OWL = "http://www.w3.org/2002/07/owl#";
  public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
  public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
  public static final String SH = "http://www.w3.org/ns/shacl#";
  public static final String VOID = "http://rdfs.org/ns/void#";

  /** Linked Papers With Code: we link our entities to theirs with owl:sameAs. */
  public static final String LPWC = "https://linkedpaperswithcode.com/";

  private Namespaces() {}

  /** Prefixes used in every serialisation we write and every query we prefix. */
  public static PrefixMapping prefixes() {
    return PrefixMapping.Factory.create()
        .setNsPrefix("pwc", PWC)
        .setNsPrefix("schema", SCHEMA)
        .setNsPrefix("dcterms", DCTERMS)
        .setNsPrefix("fabio", FABIO)
        .setNsPrefix("foaf", FOAF)
        .setNsPrefix("dcat", DCAT)
        .setNsPrefix("mls", MLS)
        .setNsPrefix("prov", PROV)
        .setNsPrefix("skos", SKOS)
        .setNsPrefix("bibo", BIBO)
        .setNsPrefix("owl", OWL)
        .setNsPrefix("rdfs", RDFS)
        .setNsPrefix("rdf", RDF)
        .setNsPrefix("xsd", XSD)
        .setNsPrefix("void", VOID)
        .lock();
  }
}
