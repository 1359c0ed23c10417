package org.pwckg.generate.profile;

import java.util.List;

/**
 * Statistics of the real PWC dumps that the generator draws from: distributions, rates,
 * vocabularies. Derived once by {@link ProfileBuilder} and shipped as a resource, so generating
 * needs no data.
 */
public record Profile(
    String comment,
    List<String> notes,
    PaperProfile papers,
    LinkProfile links,
    TableProfile tables,
    MethodProfile methods,
    DatasetProfile datasets,
    TextModelData abstractText,
    TextModelData titleText,
    TextModelData methodNameText,
    TextModelData taskNameText,
    TextModelData modelNameText) {}
