package org.pwckg.search.query;

/**
 * One value of a facet and how many results have it. {@code value} is what the matching filter
 * takes (an entity IRI, a year, true/false), {@code label} what to show.
 */
public record FacetCount(String value, String label, long count) {}
