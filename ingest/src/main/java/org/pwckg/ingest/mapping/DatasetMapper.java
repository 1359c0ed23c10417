package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ontology.IriKind;
import org.pwckg.ontology.Iris;

/** datasets → dataset, its tasks and introduced-in paper (MAPPING.md). */
final class DatasetMapper implements RecordMapper {
  private final MappingContext ctx;
  private final Iris iris;

  DatasetMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.iris = ctx.iris();
  }

  @Override
  public RecordGraph map(Fields f) {
    RecordGraph g = new RecordGraph();
    Node d = CatalogEntry.map(f, g, ctx, IriKind.DATASET, DATASET).node();
    g.iri(d, HOMEPAGE, f.link("homepage"));
    f.texts("variants").forEach(v -> g.text(d, VARIANT, v));
    f.texts("modalities").forEach(v -> g.text(d, MODALITY, v));
    f.texts("languages").forEach(v -> g.text(d, LANGUAGE, v));
    for (String task : f.names("tasks", "task")) {
      Node t = iris.task(task);
      g.add(d, PAPER_TASK, t);
      g.stub(t, TASK, LABEL, task);
    }
    g.literal(d, ISSUED, Literals.date(f.date("introduced_date")));
    f.links("data_loaders", "url").forEach(u -> g.iri(d, DATA_LOADER, u));
    return g;
  }
}
