package org.pwckg.embed.index;

/** One nearest neighbour: the document id and its cosine similarity to the query. */
public record VectorHit(String id, float score) {}
