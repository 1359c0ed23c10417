package org.pwckg.generate.profile;

import java.util.List;
import java.util.Map;

/**
 * How the evaluation tables look. Two families of records occur (sota-extractor's own scrapes with
 * every key, sorted; and the NLP-progress conversion, sparser and in another key order), so key
 * layouts are kept per family and per kind of node: {@code "<family>.<kind>" -> layout -> count}, a
 * layout being the comma-joined keys in file order.
 */
public record TableProfile(
    Map<String, Integer> families,
    Map<String, Map<String, Integer>> layouts,
    Map<String, Map<Integer, Integer>> counts,
    Map<String, Integer> metricNames,
    Map<String, Integer> valueTemplates,
    Map<String, Integer> quirkTemplates,
    double quirkRate,
    double missingMetricRate,
    Map<String, Map<String, Integer>> rowReferences,
    Map<String, Integer> externalHosts,
    Map<String, Double> paperDateNullRate,
    Map<String, Integer> codeLinkTitles,
    Map<String, Integer> categories,
    Map<String, Double> sourceLinkNullRate,
    List<List<String>> sourceLinks,
    List<String> subdatasetNames,
    double unlistedDatasetRate,
    double usesAdditionalDataRate) {}
