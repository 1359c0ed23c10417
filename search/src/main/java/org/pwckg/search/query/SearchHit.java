package org.pwckg.search.query;

import java.util.List;
import java.util.Map;

/**
 * One result. {@code score} orders the results of the mode asked for (BM25 for keyword, cosine for
 * semantic, fused reciprocal-rank score for hybrid); the per-engine ranks and scores say where it
 * came from (null when that engine did not find it). Highlights (field → fragments, matches in
 * {@code <b>…</b>}, HTML-escaped) come with keyword matches only.
 */
public record SearchHit(
    String iri,
    String type,
    String name,
    Integer year,
    Boolean hasCode,
    double score,
    Integer keywordRank,
    Double keywordScore,
    Integer semanticRank,
    Double semanticScore,
    Map<String, List<String>> highlights) {}
