package org.pwckg.search.related;

import java.util.List;

/**
 * The papers related to {@code paper}, best first: at most {@code k}; fewer when fewer have any
 * signal, which a note then says. {@code model} is the embedding model used, null without vectors.
 */
public record RelatedResponse(
    String paper,
    String title,
    String model,
    int k,
    List<RelatedPaper> results,
    List<String> notes) {}
