package org.pwckg.ingest.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pwckg.ingest.match.Hash64;
import org.pwckg.ingest.match.PaperMatcher;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.metrics.MetricDirections;

/** What the mappers share during one ingest run. */
public final class MappingContext {
  private final Iris iris;
  private final PaperMatcher matcher;
  private final MetricDirections directions;
  private final Map<Long, List<Long>> resultRows = new HashMap<>();

  public MappingContext(Iris iris, PaperMatcher matcher, MetricDirections directions) {
    this.iris = iris;
    this.matcher = matcher;
    this.directions = directions;
  }

  public Iris iris() {
    return iris;
  }

  public PaperMatcher matcher() {
    return matcher;
  }

  public MetricDirections directions() {
    return directions;
  }

  /**
   * The occurrence (from 1) of a row among the rows of one run that share its result key (table,
   * model, paper). Two rows of one table may name the same model and paper with different scores:
   * each stays a result, and so do equal rows within one table entry (the archive has such). A
   * table entry given again (the same file twice, a repeated task record) repeats its rows with the
   * same content and repeat counts: they get the earlier rows' occurrences, so they merge.
   *
   * @param rowInEntry the row's content and how often that content came before in its entry
   */
  int resultOccurrence(String resultKey, String rowInEntry) {
    List<Long> rows = resultRows.computeIfAbsent(Hash64.of(resultKey), k -> new ArrayList<>(1));
    long row = Hash64.of(rowInEntry);
    int at = rows.indexOf(row);
    if (at >= 0) return at + 1;
    rows.add(row);
    return rows.size();
  }

  public RecordMapper mapperFor(org.pwckg.ingest.dump.DumpKind kind) {
    return switch (kind) {
      case PAPERS -> new PaperMapper(this);
      case METHODS -> new MethodMapper(this);
      case DATASETS -> new DatasetMapper(this);
      case LINKS -> new LinkMapper(this);
      case EVALUATION_TABLES -> new EvaluationMapper(this);
    };
  }
}
