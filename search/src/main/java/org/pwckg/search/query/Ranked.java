package org.pwckg.search.query;

/**
 * An entity at a rank (from 1) in one engine's list, with that engine's score. The entity is its
 * document in the keyword index of the request's searcher: both engines' lists meet there, and the
 * filter, the facets and the page read it without looking the entity up again.
 */
record Ranked(int doc, int rank, double score) {}
