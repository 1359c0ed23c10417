package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.pwckg.ingest.match.PaperMatcher.Match;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.Text;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.metrics.MetricValue;
import org.pwckg.ontology.metrics.MetricValueParser;

/** One leaderboard row → a result with its paper match and one score per metric cell. */
final class ResultMapper {
  private final MappingContext ctx;
  private final Iris iris;
  private final MetricNodes metrics;

  /** How often each row content came before in the table entry being read. */
  private final Map<String, Integer> rowsInEntry = new HashMap<>();

  ResultMapper(MappingContext ctx, MetricNodes metrics) {
    this.ctx = ctx;
    this.iris = ctx.iris();
    this.metrics = metrics;
  }

  /** Starts a table entry: equal rows are counted afresh. */
  void startTable() {
    rowsInEntry.clear();
  }

  /** Maps a row on its own graph, so that a bad row is dropped whole. */
  RecordGraph map(Fields row, Node table, int rowIndex) {
    String model = row.name("model_name");
    // Only a key for matching (never written as an IRI), so any text will do.
    String paperUrl = row.name("paper_url");
    String paperTitle = row.name("paper_title");
    Node date = Literals.date(row.date("paper_date"));
    Node extraData = Literals.bool(row.bool("uses_additional_data"));
    List<String> codeLinks = row.links("code_links", "url");
    Map<String, String> cells = cells(row);
    RecordGraph g = new RecordGraph();
    Node r =
        resultIri(
            table,
            model,
            paperUrl != null
                ? paperUrl
                : paperTitle != null ? paperTitle : Integer.toString(rowIndex),
            rowInEntry(row.json()));
    g.claim(r);
    g.add(r, TYPE, RESULT);
    g.add(r, RESULT_TABLE, table);
    if (model != null) {
      Node mo = iris.model(model);
      g.add(r, RESULT_MODEL, mo);
      g.text(r, LABEL, model);
      g.text(r, RAW_NAME, row.rawIfPlaceholder("model_name"));
      g.stub(mo, MODEL, LABEL, model);
    }
    paper(paperUrl, paperTitle, r, g);
    g.literal(r, DATE, date);
    g.literal(r, USES_EXTRA_DATA, extraData);
    codeLinks.forEach(u -> g.iri(r, CODE_REPOSITORY, u));
    cells.forEach((metric, raw) -> score(r, metric, raw, g));
    return g;
  }

  /**
   * The metric cells with a value, in order, read (and type-checked) before anything of the row is
   * kept. An empty cell ({@code ""}) is no value: noted for the report, no score.
   */
  private static Map<String, String> cells(Fields row) {
    Map<String, String> out = new LinkedHashMap<>();
    Fields cells = row.object("metrics");
    if (cells == null) return out;
    for (String key : row.keys("metrics")) {
      String metric = Text.clean(key);
      if (metric == null) continue;
      String raw = cells.scalarText(key);
      if (raw == null) cells.notes().emptyValue(cells.path(key));
      else out.put(metric, raw);
    }
    return out;
  }

  private String rowInEntry(String json) {
    return json + "\u0000" + rowsInEntry.merge(json, 1, Integer::sum);
  }

  /**
   * Rows repeating a model and paper in one table stay apart: the n-th such row is occurrence n
   * (docs/IRIS.md, "repeated row"); a row repeated whole is the same result
   * (MappingContext#resultOccurrence).
   */
  private Node resultIri(Node table, String model, String paperKey, String rowInEntry) {
    String m = model == null ? "" : model;
    Node first = iris.result(table, m, paperKey);
    int n = ctx.resultOccurrence(first.getURI(), rowInEntry);
    return n == 1 ? first : iris.result(table, m, paperKey, n);
  }

  private void paper(String paperUrl, String paperTitle, Node r, RecordGraph g) {
    Match match = ctx.matcher().forRow(paperUrl, paperTitle).orElse(null);
    if (match == null) {
      g.add(r, PAPER_MATCH, UNMATCHED);
      return;
    }
    g.add(r, RESULT_PAPER, match.paper());
    g.add(r, PAPER_MATCH, match.kind());
    PaperStubs.stubIfUnknown(g, match, paperTitle);
  }

  /** Unparseable cells keep their raw text. */
  private void score(Node r, String metric, String raw, RecordGraph g) {
    Node s = iris.score(r, metric);
    MetricValue v = MetricValueParser.parse(raw);
    g.add(r, HAS_SCORE, s);
    g.add(s, TYPE, SCORE);
    g.add(s, SPECIFIED_BY, metrics.use(metric));
    g.add(s, RAW_VALUE, NodeFactory.createLiteralString(raw));
    boolean parsed = v.parsed() && Double.isFinite(v.value().getAsDouble());
    if (parsed) {
      g.add(s, HAS_VALUE, Literals.dbl(v.value().getAsDouble()));
      if (v.spread().isPresent() && Double.isFinite(v.spread().getAsDouble())) {
        g.add(s, SPREAD, Literals.dbl(v.spread().getAsDouble()));
      }
    }
    g.add(s, VALUE_STATUS, parsed ? PARSED : UNPARSEABLE);
  }
}
