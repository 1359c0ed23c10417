package org.pwckg.ingest.mapping;

import static org.pwckg.ontology.Vocab.*;

import org.apache.jena.graph.Node;
import org.pwckg.ingest.iri.Names;
import org.pwckg.ingest.match.PaperMatcher.Match;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ontology.Iris;

/** datasets → dataset, its tasks and introduced-in paper (MAPPING.md). */
final class DatasetMapper implements RecordMapper {
  private final MappingContext ctx;
  private final Names names;

  DatasetMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.names = ctx.names();
  }

  @Override
  public RecordGraph map(Fields f) {
    String url = f.url("url");
    String name = f.requiredText("name");
    String slug = Iris.pwcSlug(url).orElseGet(() -> Names.slug(name));
    Node d = names.iris().dataset(slug);
    RecordGraph g = new RecordGraph();
    g.claim(d);
    g.add(d, TYPE, DATASET);
    g.text(d, LABEL, name);
    g.text(d, ALTERNATE_NAME, f.text("full_name"));
    g.iri(d, HOMEPAGE, f.link("homepage"));
    g.text(d, DESCRIPTION, f.text("description"));
    f.texts("variants").forEach(v -> g.text(d, VARIANT, v));
    f.texts("modalities").forEach(v -> g.text(d, MODALITY, v));
    f.texts("languages").forEach(v -> g.text(d, LANGUAGE, v));
    for (String task : f.names("tasks", "task")) {
      Node t = names.task(task);
      g.add(d, PAPER_TASK, t);
      g.stub(t, TASK, LABEL, task);
    }
    introducedIn(f, d, g);
    g.literal(d, ISSUED, Literals.date(f.date("introduced_date")));
    f.links("data_loaders", "url").forEach(u -> g.iri(d, DATA_LOADER, u));
    g.add(d, SAME_AS, Names.lpwc("dataset", slug));
    return g;
  }

  private void introducedIn(Fields f, Node d, RecordGraph g) {
    Fields paper = f.object("paper");
    if (paper == null) return;
    String title = paper.text("title");
    Match match = ctx.matcher().forIntroducedIn(paper.text("url"), title).orElse(null);
    if (match == null) return;
    g.add(d, INTRODUCED_IN, match.paper());
    PaperStubs.stubIfUnknown(g, match, title);
  }
}
