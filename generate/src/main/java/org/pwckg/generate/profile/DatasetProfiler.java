package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Statistics of datasets.json. The real file has empty modalities, languages and tasks (its source
 * did not carry them), so those are read off other real fields: a modality or language counts for a
 * dataset when its description names it; tasks per dataset come from the evaluation tables.
 */
final class DatasetProfiler {
  static final List<String> NULLABLE =
      List.of("full_name", "homepage", "introduced_date", "warning", "num_papers");

  /** PWC modality names and the words that show them in a description. */
  private static final List<Map.Entry<String, Pattern>> MODALITIES =
      List.of(
          modality("Images", "\\bimages?\\b|\\bphotos?\\b"),
          modality("Texts", "\\btexts?\\b|\\bsentences?\\b|\\bdocuments?\\b"),
          modality("Videos", "\\bvideos?\\b|\\bclips?\\b"),
          modality("Audio", "\\baudio\\b|\\bsounds?\\b|\\bmusic\\b"),
          modality("Speech", "\\bspeech\\b|\\butterances?\\b"),
          modality("3D", "\\b3D\\b|\\bmesh(es)?\\b"),
          modality("Graphs", "\\bgraphs?\\b|\\bnodes\\b"),
          modality("Tabular", "\\btabular\\b|\\btables?\\b"),
          modality("Medical", "\\bmedical\\b|\\bclinical\\b|\\bpatients?\\b"),
          modality("Time series", "\\btime[- ]series\\b"),
          modality("Point cloud", "\\bpoint[- ]clouds?\\b|\\bLiDAR\\b"),
          modality("RGB-D", "\\bRGB-?D\\b|\\bdepth\\b"),
          modality("Environment", "\\benvironments?\\b|\\bsimulat(or|ion)\\b"));

  static final List<String> LANGUAGES =
      List.of(
          "English",
          "Chinese",
          "German",
          "French",
          "Spanish",
          "Japanese",
          "Arabic",
          "Russian",
          "Hindi",
          "Korean",
          "Italian",
          "Portuguese",
          "Vietnamese",
          "Turkish",
          "Dutch",
          "Persian",
          "Indonesian",
          "Polish",
          "Czech",
          "Swedish",
          "Bengali",
          "Urdu",
          "Greek",
          "Hebrew",
          "Thai");

  private DatasetProfiler() {}

  private static Map.Entry<String, Pattern> modality(String name, String regex) {
    return Map.entry(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  static DatasetProfile build(RealDumps d) {
    Tally<Integer> words = new Tally<>();
    Tally<Integer> variants = new Tally<>();
    Tally<String> tails = new Tally<>();
    Tally<String> nulls = new Tally<>();
    Tally<Integer> modalityCounts = new Tally<>();
    Tally<String> modalities = new Tally<>();
    Tally<Integer> languageCounts = new Tally<>();
    Tally<String> languages = new Tally<>();
    List<String> names = new ArrayList<>();
    int noPaper = 0;
    for (JsonNode ds : d.datasets()) {
      String name = ds.path("name").asText();
      String description = ds.path("description").asText("");
      names.add(name);
      words.add(Words.count(description));
      if (ds.path("paper").isNull()) noPaper++;
      variants.add(ds.path("variants").size());
      for (JsonNode v : ds.path("variants")) {
        String s = v.asText();
        if (s.length() > name.length() + 1 && s.startsWith(name))
          tails.add(s.substring(name.length()));
      }
      for (String f : NULLABLE) if (ds.path(f).isNull()) nulls.add(f);
      modalityCounts.add(mentions(description, modalities));
      languageCounts.add(languages(description, languages));
    }
    int n = d.datasets().size();
    Map<String, Double> nullRates = new LinkedHashMap<>();
    for (String f : NULLABLE) nullRates.put(f, Tally.rate(nulls.get(f), n));
    nullRates.put("paper.url", paperUrlNullRate(d));
    return new DatasetProfile(
        n,
        names,
        tails.byCount(),
        words.byKey(),
        Tally.rate(noPaper, n),
        variants.byKey(),
        nullRates,
        modalityCounts.byKey(),
        modalities.byCount(),
        languageCounts.byKey(),
        languages.byCount(),
        tasksPerDataset(d).byKey());
  }

  private static int mentions(String description, Tally<String> modalities) {
    int n = 0;
    for (Map.Entry<String, Pattern> e : MODALITIES) {
      if (e.getValue().matcher(description).find()) {
        modalities.add(e.getKey());
        n++;
      }
    }
    return n;
  }

  private static int languages(String description, Tally<String> languages) {
    int n = 0;
    for (String language : LANGUAGES) {
      if (Pattern.compile("\\b" + language + "\\b").matcher(description).find()) {
        languages.add(language);
        n++;
      }
    }
    return n;
  }

  private static double paperUrlNullRate(RealDumps d) {
    int papers = 0;
    int nulls = 0;
    for (JsonNode ds : d.datasets()) {
      if (ds.path("paper").isObject()) {
        papers++;
        if (ds.path("paper").path("url").isNull()) nulls++;
      }
    }
    return Tally.rate(nulls, papers);
  }

  private static Tally<Integer> tasksPerDataset(RealDumps d) {
    Map<String, Set<String>> tasks = new HashMap<>();
    TableWalker.walk(
        d.tables(),
        new TableWalker.Visitor() {
          @Override
          public void dataset(String family, int depth, JsonNode dataset, String task) {
            if (depth == 0)
              tasks
                  .computeIfAbsent(dataset.path("dataset").asText(), k -> new HashSet<>())
                  .add(task);
          }
        });
    Tally<Integer> t = new Tally<>();
    tasks.values().forEach(s -> t.add(s.size()));
    return t;
  }
}
