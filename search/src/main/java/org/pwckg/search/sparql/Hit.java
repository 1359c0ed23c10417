package org.pwckg.search.sparql;

/** One row a search property function yields: an entity IRI and its score. */
record Hit(String iri, double score) {}
