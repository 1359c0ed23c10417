package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Statistics of evaluation-tables.json: key layouts, tree shapes, metrics, value shapes,
 * references.
 */
final class TableProfiler implements TableWalker.Visitor {
  private final Tally<String> families = new Tally<>();
  private final Map<String, Tally<String>> layouts = new TreeMap<>();
  private final Map<String, Tally<Integer>> counts = new TreeMap<>();
  private final Tally<String> metricNames = new Tally<>();
  private final Tally<String> columnTemplates = new Tally<>();
  private final Tally<String> quirkTemplates = new Tally<>();
  private final Map<String, Tally<String>> references = new TreeMap<>();
  private final Tally<String> hosts = new Tally<>();
  private final Tally<String> dateNulls = new Tally<>();
  private final Tally<String> dateKeys = new Tally<>();
  private final Tally<String> codeLinkTitles = new Tally<>();
  private final Tally<String> categories = new Tally<>();
  private final Tally<String> sourceNulls = new Tally<>();
  private final Tally<String> sourceKeys = new Tally<>();
  private final Map<String, List<String>> sourceLinks = new TreeMap<>();
  private final Set<String> subdatasetNames = new java.util.TreeSet<>();
  private final Set<String> listedDatasets = new HashSet<>();
  private int datasets;
  private int unlisted;
  private int rows;
  private int rowsMissingMetric;
  private int additional;
  private int additionalKeys;

  static TableProfile build(RealDumps d) {
    TableProfiler p = new TableProfiler();
    d.datasets().forEach(ds -> p.listedDatasets.add(ds.path("name").asText()));
    d.tables().forEach(t -> p.families.add(TableWalker.family(t)));
    TableWalker.walk(d.tables(), p);
    return p.profile();
  }

  @Override
  public void task(String family, int depth, JsonNode task) {
    layout(family, depth == 0 ? "task" : "subtask", task);
    count(family, "datasets", task, "datasets");
    count(family, "subtasks", task, "subtasks");
    count(family, "categories", task, "categories");
    count(family, "synonyms", task, "synonyms");
    counts(family, "taskDescriptionWords").add(Words.count(task.path("description").asText("")));
    task.path("categories").forEach(c -> categories.add(c.asText()));
    if (task.has("source_link")) {
      sourceKeys.add(family);
      JsonNode link = task.get("source_link");
      if (link.isNull()) sourceNulls.add(family);
      else
        sourceLinks.put(
            link.path("title").asText(),
            List.of(link.path("title").asText(), link.path("url").asText()));
    }
  }

  @Override
  public void dataset(String family, int depth, JsonNode dataset, String task) {
    layout(family, depth == 0 ? "dataset" : "subdataset", dataset);
    if (depth > 0) subdatasetNames.add(dataset.path("subdataset").asText());
    else {
      datasets++;
      if (!listedDatasets.contains(dataset.path("dataset").asText())) unlisted++;
    }
    count(family, "subdatasets", dataset, "subdatasets");
    count(family, "datasetLinks", dataset, "dataset_links");
    count(family, "datasetCitations", dataset, "dataset_citations");
    counts(family, "datasetDescriptionWords")
        .add(Words.count(dataset.path("description").asText("")));
    JsonNode sota = dataset.path("sota");
    if (sota.isObject()) {
      layout(family, "sota", sota);
      counts(family, "rows").add(sota.path("rows").size());
      counts(family, "metrics").add(sota.path("metrics").size());
      sota.path("metrics").forEach(m -> metricNames.add(m.asText()));
    }
  }

  @Override
  public void row(String family, String task, JsonNode dataset, JsonNode row) {
    rows++;
    layout(family, "row", row);
    count(family, "codeLinks", row, "code_links");
    count(family, "modelLinks", row, "model_links");
    for (JsonNode m : dataset.path("sota").path("metrics"))
      if (!row.path("metrics").has(m.asText())) rowsMissingMetric++;
    row.path("metrics").forEach(v -> value(v.asText()));
    if (row.has("paper_url"))
      references.computeIfAbsent(family, k -> new Tally<>()).add(reference(row));
    if (row.has("paper_date")) {
      dateKeys.add(family);
      if (row.get("paper_date").isNull()) dateNulls.add(family);
    }
    if (row.has("uses_additional_data")) {
      additionalKeys++;
      if (row.get("uses_additional_data").asBoolean()) additional++;
    }
    for (JsonNode c : row.path("code_links")) {
      String url = c.path("url").asText("");
      codeLinkTitles.add(c.path("title").asText() + "\t" + (url.isEmpty() ? "empty" : "repo"));
    }
  }

  private void value(String v) {
    String template = ValueTemplates.of(v);
    if (ValueTemplates.isColumnFormat(template)) columnTemplates.add(template);
    else quirkTemplates.add(template);
  }

  /** "urlKind|titleKind" of a row's paper reference. */
  private String reference(JsonNode row) {
    String url = row.path("paper_url").asText("");
    String title = row.path("paper_title").asText("");
    String urlKind = urlKind(url);
    if (urlKind.equals("external")) hosts.add(Urls.host(url));
    String titleKind =
        !row.has("paper_title")
            ? "absent"
            : title.isEmpty()
                ? "empty"
                : title.equals(url) || title.startsWith("http") ? "url" : "title";
    return urlKind + "|" + titleKind;
  }

  static String urlKind(String url) {
    if (url.isEmpty()) return "empty";
    if (url.contains("arxiv.org/abs/")) return "arxiv_abs";
    if (url.contains("arxiv.org/pdf/")) return "arxiv_pdf";
    if (url.contains("paperswithcode.com/paper/")) return "pwc";
    if (url.contains("github.com/")) return "github";
    return "external";
  }

  private void layout(String family, String kind, JsonNode node) {
    layouts.computeIfAbsent(family + "." + kind, k -> new Tally<>()).add(TableWalker.layout(node));
  }

  private void count(String family, String name, JsonNode node, String key) {
    if (node.has(key)) counts(family, name).add(node.get(key).size());
  }

  private Tally<Integer> counts(String family, String name) {
    return counts.computeIfAbsent(family + "." + name, k -> new Tally<>());
  }

  private TableProfile profile() {
    Map<String, Map<String, Integer>> layoutMaps = new LinkedHashMap<>();
    layouts.forEach((k, v) -> layoutMaps.put(k, v.byCount()));
    Map<String, Map<Integer, Integer>> countMaps = new LinkedHashMap<>();
    counts.forEach((k, v) -> countMaps.put(k, v.byKey()));
    Map<String, Map<String, Integer>> referenceMaps = new LinkedHashMap<>();
    references.forEach((k, v) -> referenceMaps.put(k, v.byCount()));
    Map<String, Double> dateNullRate = new LinkedHashMap<>();
    Map<String, Double> sourceNullRate = new LinkedHashMap<>();
    for (String f : families.byKey().keySet()) {
      dateNullRate.put(f, Tally.rate(dateNulls.get(f), dateKeys.get(f)));
      sourceNullRate.put(f, Tally.rate(sourceNulls.get(f), sourceKeys.get(f)));
    }
    int values = columnTemplates.total() + quirkTemplates.total();
    return new TableProfile(
        families.byKey(),
        layoutMaps,
        countMaps,
        metricNames.byCount(),
        columnTemplates.byCount(),
        quirkTemplates.byCount(),
        Tally.rate(quirkTemplates.total(), values),
        Tally.rate(rowsMissingMetric, rows),
        referenceMaps,
        hosts.byCount(),
        dateNullRate,
        codeLinkTitles.byCount(),
        categories.byCount(),
        sourceNullRate,
        new ArrayList<>(sourceLinks.values()),
        new ArrayList<>(subdatasetNames),
        Tally.rate(unlisted, datasets),
        Tally.rate(additional, additionalKeys));
  }
}
