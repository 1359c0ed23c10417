package org.pwckg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.pwckg.embed.index.IndexTag;
import org.pwckg.embed.index.VectorIndex;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.embed.vl.VlJob;
import org.pwckg.embed.vl.VlModel;
import org.pwckg.embed.vl.VlRow;
import org.pwckg.ontology.figures.FigureStore;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.vectors.PaperTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pwckg embed --engine deepseek-vl}: papers (title and abstract) and figures (image and
 * caption) of a database into one DeepSeek-VL space, in the index {@code
 * <db>/vectors-deepseek-vl-<size>}.
 */
final class VlEmbed {
  private static final Logger LOG = LoggerFactory.getLogger("pwckg-vl");

  /** Everything the command line says about a DeepSeek-VL run. */
  record Settings(
      VlModel model,
      Path modelDir,
      Path workDir,
      String python,
      Path worker,
      Duration timeout,
      List<String> workerArgs,
      VlJob.Stage stage,
      boolean rebuild) {}

  private VlEmbed() {}

  static Path defaultWorkDir(Path db, VlModel model) {
    return DatabaseLayout.visionWork(db, model.size());
  }

  static VlJob.Result run(Path db, Dataset dataset, Settings s) {
    List<VlRow> rows = dataset.calculateRead(() -> rows(dataset, new FigureStore(db)));
    VlJob.Options options =
        new VlJob.Options(
            s.model(),
            s.modelDir(),
            s.workDir(),
            s.python(),
            s.worker(),
            s.timeout(),
            s.workerArgs(),
            s.stage());
    IndexTag tag = new IndexTag(s.model().modelId(), s.model().dimension());
    try (VectorIndex index =
        VectorIndex.open(DatabaseLayout.visionVectors(db, s.model().size()), tag, s.rebuild())) {
      return new VlJob(options, index, LOG::info).run(rows);
    }
  }

  /** Papers by the same text rule as the text embedder; figures whose file is in the store. */
  static List<VlRow> rows(Dataset dataset, FigureStore store) {
    NamedQueries queries = new NamedQueries();
    List<VlRow> rows = new ArrayList<>();
    for (EmbedDoc doc : PaperTexts.all(dataset.asDatasetGraph())) {
      if (!doc.text().isBlank()) rows.add(VlRow.text(doc.id(), doc.text()));
    }
    try (QueryExecution figures =
        queries.get("figures-embed").on(dataset.asDatasetGraph(), Map.of())) {
      ResultSet rs = figures.execSelect();
      while (rs.hasNext()) {
        QuerySolution row = rs.next();
        Literal caption = row.getLiteral("caption");
        String figure = row.getResource("figure").getURI();
        store
            .find(row.getLiteral("sha256").getLexicalForm())
            .ifPresentOrElse(
                f ->
                    rows.add(
                        VlRow.image(
                            figure, caption == null ? null : caption.getLexicalForm(), f.file())),
                () ->
                    LOG.warn(
                        "{}: its file is not in the figure store; run pwckg figures again",
                        figure));
      }
    }
    return rows;
  }
}
