package org.pwckg.search.query;

/** An entity at a rank (from 1) in one engine's list, with that engine's score. */
record Ranked(String iri, int rank, double score) {}
