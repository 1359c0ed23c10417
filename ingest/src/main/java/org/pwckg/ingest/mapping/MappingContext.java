package org.pwckg.ingest.mapping;

import org.pwckg.ingest.match.Hash64;
import org.pwckg.ingest.match.LongIntMap;
import org.pwckg.ingest.match.PaperMatcher;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.metrics.MetricDirections;

/** What the mappers share during one ingest run. */
public final class MappingContext {
  private final Iris iris;
  private final PaperMatcher matcher;
  private final MetricDirections directions;
  private final LongIntMap resultIris = new LongIntMap(1 << 12);

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
   * Marks a result IRI as taken in this run; false when an earlier row already has it. Two rows of
   * one table may name the same model and paper with different scores: each stays a result.
   */
  boolean takeResultIri(String iri) {
    return resultIris.add(Hash64.of(iri));
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
