package org.pwckg.generate.profile;

import java.util.Map;

/** How methods look. */
public record MethodProfile(
    int records,
    Map<Integer, Integer> descriptionWords,
    double fullNameNullRate,
    double nameIsFullNameRate,
    double paperRate,
    double codeSnippetNullRate,
    double codeSnippetEmptyRate,
    double boldNameRate,
    double paragraphRate,
    double controlCharRate,
    Map<Integer, Integer> introducedYear,
    Map<Integer, Integer> numPapers,
    Map<Integer, Integer> collectionsPerMethod,
    Map<String, Integer> collections) {}
