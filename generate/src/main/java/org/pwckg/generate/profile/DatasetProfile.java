package org.pwckg.generate.profile;

import java.util.List;
import java.util.Map;

/** How datasets look. Modalities and languages are read off the descriptions (see notes). */
public record DatasetProfile(
    int records,
    List<String> names,
    Map<String, Integer> variantTails,
    Map<Integer, Integer> descriptionWords,
    double paperNullRate,
    Map<Integer, Integer> variantsPerDataset,
    Map<String, Double> nullRates,
    Map<Integer, Integer> modalitiesPerDataset,
    Map<String, Integer> modalities,
    Map<Integer, Integer> languagesPerDataset,
    Map<String, Integer> languages,
    Map<Integer, Integer> tasksPerDataset) {}
