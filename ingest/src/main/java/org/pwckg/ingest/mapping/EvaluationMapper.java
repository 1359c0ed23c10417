package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.RecordException;
import org.pwckg.ingest.record.Text;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Slugs;
import org.pwckg.ontology.metrics.MetricValue;
import org.pwckg.ontology.metrics.MetricValueParser;

/**
 * evaluation-tables → the task tree (subtasks {@code skos:broader} their parent), one evaluation
 * table per dataset and subdataset, metrics, and the rows as results (MAPPING.md). A bad row is
 * reported and dropped; the rest of the task is kept.
 */
final class EvaluationMapper implements RecordMapper {
  private final Iris iris;
  private final ResultMapper results;
  private final MetricNodes metrics;

  EvaluationMapper(MappingContext ctx) {
    this.iris = ctx.iris();
    this.metrics = new MetricNodes(ctx);
    this.results = new ResultMapper(ctx, metrics);
  }

  @Override
  public RecordGraph map(Fields f) {
    RecordGraph g = new RecordGraph();
    task(f, null, g);
    metrics.flush(g);
    return g;
  }

  private void task(Fields f, Node parent, RecordGraph g) {
    String name = f.requiredText("task");
    Node t = iris.task(name);
    g.claim(t);
    g.add(t, TYPE, TASK);
    g.text(t, LABEL, name);
    g.text(t, RAW_NAME, f.rawIfPlaceholder("task"));
    g.text(t, DESCRIPTION, f.text("description"));
    f.texts("synonyms").forEach(s -> g.text(t, ALT_LABEL, s));
    for (String category : f.texts("categories")) {
      Node a = iris.area(category);
      g.add(t, AREA_PROP, a);
      g.stub(a, AREA, LABEL, category);
    }
    Fields source = f.object("source_link");
    if (source != null) g.iri(t, SOURCE, source.link("url"));
    g.add(t, SAME_AS, Iris.lpwc(IriKind.TASK, Slugs.of(name)));
    if (parent != null) g.add(t, BROADER, parent);
    for (Fields d : f.objects("datasets")) table(d, "dataset", name, t, null, g);
    for (Fields sub : f.objects("subtasks")) task(sub, t, g);
  }

  /**
   * A dataset entry (or subdataset, recursively) and the leaderboard it carries. A subdataset is a
   * part of its dataset ({@code D/{slug}}, table {@code E/{slug}}): its names ("Restricted") recur
   * under several datasets of one task and would otherwise merge their leaderboards.
   */
  private void table(
      Fields d, String nameField, String task, Node t, Parent parent, RecordGraph g) {
    String name = d.requiredText(nameField);
    Node dataset = parent == null ? iris.datasetByName(name) : iris.part(parent.dataset(), name);
    g.stub(dataset, DATASET, LABEL, name);
    if (parent != null) g.stub(dataset, IS_PART_OF, parent.dataset());
    Node e = parent == null ? iris.evaluationTable(task, name) : iris.part(parent.table(), name);
    g.claimWithDependents(e, RESULT_TABLE);
    g.add(e, TYPE, EVALUATION_TABLE);
    g.add(e, TABLE_TASK, t);
    g.add(e, TABLE_DATASET, dataset);
    Fields sota = d.object("sota");
    if (sota != null) leaderboard(sota, e, g);
    for (Fields sub : d.objects("subdatasets"))
      table(sub, "subdataset", task, t, new Parent(dataset, e), g);
  }

  /**
   * A column's parsed values in row order, as evidence of the direction the table ranks by; cells
   * that do not parse (or rows that are bad, reported when mapped) are left out.
   */
  private static List<Double> columnValues(List<Fields> rows, String metric) {
    List<Double> values = new ArrayList<>(rows.size());
    for (Fields row : rows) {
      try {
        Fields cells = row.object("metrics");
        if (cells == null) continue;
        for (String key : row.keys("metrics")) {
          if (!metric.equals(Text.clean(key))) continue;
          String raw = cells.scalarText(key);
          MetricValue v = raw == null ? null : MetricValueParser.parse(raw);
          if (v != null && v.parsed() && Double.isFinite(v.value().getAsDouble()))
            values.add(v.value().getAsDouble());
        }
      } catch (RecordException bad) {
        // the row's own mapping reports it
      }
    }
    return values;
  }

  /** The dataset and the table a subdataset belongs to. */
  private record Parent(Node dataset, Node table) {}

  private void leaderboard(Fields sota, Node e, RecordGraph g) {
    List<String> names = sota.texts("metrics");
    List<Fields> rows = sota.objects("rows");
    for (int i = 0; i < names.size(); i++) {
      Node m = metrics.use(names.get(i));
      g.add(e, TABLE_METRIC, m);
      if (i == 0) g.add(e, PRIMARY_METRIC, m);
      metrics.column(
          e, i + 1, names.get(i), i == 0 ? columnValues(rows, names.get(i)) : List.of(), g);
    }
    results.startTable();
    for (int i = 0; i < rows.size(); i++) {
      try {
        g.merge(results.map(rows.get(i), e, i));
      } catch (RecordException bad) {
        sota.notes().skippedPart(bad);
      }
    }
  }
}
