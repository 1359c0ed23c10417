package org.pwckg.generate.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.pwckg.generate.profile.TableProfile;
import org.pwckg.generate.sample.Categorical;
import org.pwckg.generate.sample.Seeds;
import org.pwckg.generate.sample.TextModel;
import org.pwckg.generate.world.World;

/** Draws top-level task tree t of the evaluation tables from its own random stream. */
final class TableFactory {
  private static final int MAX_DEPTH = 3;
  private final World world;
  private final TableProfile p;
  private final Categorical<String> families;
  private final Map<String, Categorical<String>> layouts = new HashMap<>();
  private final Map<String, Categorical<Integer>> counts = new HashMap<>();
  private final Map<String, Categorical<String>> references = new HashMap<>();
  private final Categorical<String> hosts;
  private final Categorical<String> codeLinkTitles;
  private final Categorical<String> categories;
  private final Categorical<List<String>> sourceLinks;
  private final Categorical<String> subdatasetNames;
  private final TextModel modelNames;
  private final MetricValues values;

  TableFactory(World world) {
    this.world = world;
    this.p = world.profile().tables();
    this.families = Categorical.of(p.families());
    p.layouts().forEach((k, v) -> layouts.put(k, Categorical.of(v)));
    p.counts().forEach((k, v) -> counts.put(k, Categorical.of(v)));
    p.rowReferences().forEach((k, v) -> references.put(k, Categorical.of(v)));
    this.hosts = Categorical.of(p.externalHosts());
    this.codeLinkTitles = Categorical.of(p.codeLinkTitles());
    this.categories = Categorical.of(p.categories());
    this.sourceLinks = Categorical.uniform(p.sourceLinks());
    this.subdatasetNames = Categorical.uniform(p.subdatasetNames());
    this.modelNames = TextModel.of(world.profile().modelNameText());
    this.values = new MetricValues(p);
  }

  Nodes.Task tree(int t) {
    SplittableRandom r = Seeds.random(world.seed(), Seeds.Stream.TABLE, t);
    return task(families.sample(r), 0, r);
  }

  private Nodes.Task task(String family, int depth, SplittableRandom r) {
    List<String> keys = layout(family, depth == 0 ? "task" : "subtask", r);
    int name = world.tasks().sample(r);
    String description = world.texts().text(r, count(family, "taskDescriptionWords", r));
    List<String> cats = new ArrayList<>();
    if (keys.contains("categories"))
      for (int i = count(family, "categories", r); i > 0; i--) cats.add(categories.sample(r));
    List<String> source = null;
    if (keys.contains("source_link")
        && r.nextDouble() >= p.sourceLinkNullRate().getOrDefault(family, 0.0)) {
      source = sourceLinks.sample(r);
    }
    List<Integer> synonyms = new ArrayList<>();
    if (keys.contains("synonyms"))
      for (int i = count(family, "synonyms", r); i > 0; i--) synonyms.add(world.tasks().sample(r));
    List<Nodes.Dataset> datasets = new ArrayList<>();
    if (keys.contains("datasets"))
      for (int i = count(family, "datasets", r); i > 0; i--) datasets.add(dataset(family, 0, r));
    List<Nodes.Task> subtasks = new ArrayList<>();
    if (keys.contains("subtasks") && depth < MAX_DEPTH) {
      for (int i = count(family, "subtasks", r); i > 0; i--)
        subtasks.add(task(family, depth + 1, r));
    }
    return new Nodes.Task(keys, name, description, cats, source, synonyms, datasets, subtasks);
  }

  private Nodes.Dataset dataset(String family, int depth, SplittableRandom r) {
    List<String> keys = layout(family, depth == 0 ? "dataset" : "subdataset", r);
    int d = r.nextInt(world.datasets().size());
    String name =
        depth > 0
            ? subdatasetNames.sample(r)
            : r.nextDouble() < p.unlistedDatasetRate()
                ? world.datasets().variantOf(d, r)
                : world.datasets().name(d);
    String description = world.texts().text(r, count(family, "datasetDescriptionWords", r));
    List<String[]> links = new ArrayList<>();
    if (keys.contains("dataset_links")) {
      for (int i = count(family, "datasetLinks", r); i > 0; i--)
        links.add(new String[] {name, world.repos().url(r)});
    }
    List<String[]> citations = new ArrayList<>();
    if (keys.contains("dataset_citations")) {
      for (int i = count(family, "datasetCitations", r); i > 0; i--)
        citations.add(new String[] {name, world.repos().url(r)});
    }
    List<String> metrics = null;
    List<Nodes.Row> rows = new ArrayList<>();
    if (keys.contains("sota")) {
      metrics = metricNames(count(family, "metrics", r), r);
      List<MetricValues.Column> columns = new ArrayList<>();
      for (int i = 0; i < metrics.size(); i++) columns.add(values.column(r));
      for (int i = count(family, "rows", r); i > 0; i--) rows.add(row(family, metrics, columns, r));
    }
    List<Nodes.Dataset> subs = new ArrayList<>();
    if (keys.contains("subdatasets") && depth < MAX_DEPTH) {
      for (int i = count(family, "subdatasets", r); i > 0; i--)
        subs.add(dataset(family, depth + 1, r));
    }
    return new Nodes.Dataset(
        keys, depth == 0 ? d : -1, name, description, links, citations, metrics, rows, subs);
  }

  private Nodes.Row row(
      String family, List<String> metrics, List<MetricValues.Column> columns, SplittableRandom r) {
    List<String> keys = layout(family, "row", r);
    StringBuilder model = new StringBuilder();
    modelNames.appendUntilEnd(model, r, 8, 0.15);
    List<String[]> cells = new ArrayList<>(metrics.size());
    for (int i = 0; i < metrics.size(); i++) {
      String value = values.value(columns.get(i), r);
      if (r.nextDouble() >= p.missingMetricRate()) cells.add(new String[] {metrics.get(i), value});
    }
    int paper = r.nextInt(world.scale().papers());
    String[] reference = references(family).sample(r).split("\\|");
    String external = "https://" + hosts.sample(r) + "/" + Long.toString(r.nextLong() >>> 20, 36);
    String repo = world.repos().url(r);
    boolean dateNull = r.nextDouble() < p.paperDateNullRate().getOrDefault(family, 0.0);
    List<String[]> code = new ArrayList<>();
    if (keys.contains("code_links"))
      for (int i = count(family, "codeLinks", r); i > 0; i--)
        code.add(codeLinkTitles.sample(r).split("\t", -1));
    boolean additional = r.nextDouble() < p.usesAdditionalDataRate();
    return new Nodes.Row(
        keys,
        model.toString(),
        cells,
        paper,
        reference[0],
        reference[1],
        external,
        repo,
        dateNull,
        code,
        additional);
  }

  private List<String> metricNames(int k, SplittableRandom r) {
    List<String> out = new ArrayList<>(k);
    for (int t = 0; t < k * 4 && out.size() < k; t++) {
      String m = world.metrics().name(world.metrics().sample(r));
      if (!out.contains(m)) out.add(m);
    }
    return out;
  }

  private Categorical<String> references(String family) {
    Categorical<String> c = references.get(family);
    return c != null ? c : references.values().iterator().next();
  }

  private List<String> layout(String family, String kind, SplittableRandom r) {
    Categorical<String> c = layouts.get(family + "." + kind);
    if (c == null) c = layouts.get(other(family) + "." + kind);
    if (c == null) throw new IllegalStateException("profile has no layout for " + kind);
    return List.of(c.sample(r).split(","));
  }

  private int count(String family, String name, SplittableRandom r) {
    Categorical<Integer> c = counts.get(family + "." + name);
    return c == null ? 0 : c.sample(r);
  }

  private String other(String family) {
    for (String f : p.families().keySet()) if (!f.equals(family)) return f;
    return family;
  }
}
