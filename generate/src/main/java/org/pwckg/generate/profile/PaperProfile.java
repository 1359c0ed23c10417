package org.pwckg.generate.profile;

import java.util.Map;

/** How papers look: text lengths in words, authors, dates, identifiers, venues, links to tasks. */
public record PaperProfile(
    int records,
    Map<Integer, Integer> abstractWords,
    Map<Integer, Integer> titleWords,
    Map<Integer, Integer> authorCount,
    Map<String, Integer> givenNames,
    Map<String, Integer> familyNames,
    Map<String, Integer> yearMonths,
    Map<Integer, Integer> dayOfMonth,
    double arxivNullRate,
    Map<String, Integer> oldArxivArchives,
    Map<Integer, Integer> arxivVersions,
    double arxivPdfSuffixRate,
    Map<String, Integer> nonArxivHosts,
    double proceedingRate,
    Map<String, Integer> proceedings,
    double conferenceRate,
    Map<Integer, Integer> tasksPerPaper,
    double latexRate) {}
