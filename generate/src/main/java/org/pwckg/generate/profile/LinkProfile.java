package org.pwckg.generate.profile;

import java.util.List;
import java.util.Map;

/** How paper-to-code links look. */
public record LinkProfile(
    int records,
    Map<Integer, Integer> linksPerPaper,
    Map<String, Integer> frameworks,
    double officialRate,
    Map<String, Double> nullRates,
    List<String> owners,
    List<String> repoNames) {}
