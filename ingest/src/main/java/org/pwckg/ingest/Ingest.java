package org.pwckg.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.pwckg.ingest.dump.DumpFile;
import org.pwckg.ingest.dump.DumpFiles;
import org.pwckg.ingest.dump.DumpKind;
import org.pwckg.ingest.dump.RepeatedInputs;
import org.pwckg.ingest.mapping.MappingContext;
import org.pwckg.ingest.match.PaperIndex;
import org.pwckg.ingest.match.PaperMatcher;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.report.IngestReport;
import org.pwckg.ingest.store.GraphWriter;
import org.pwckg.ingest.store.IngestMetadata;
import org.pwckg.ingest.store.IngestStores;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.metrics.MetricDirections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests PWC dump files into the TDB2 database, per docs/MAPPING.md. The run is one unit: a run
 * that is killed, or fails under --strict, leaves the database as it was.
 */
public final class Ingest {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

  private Ingest() {}

  public static IngestResult run(IngestOptions options) {
    List<DumpFile> files = DumpFiles.resolve(options.dumps());
    String baseProblem = Fields.urlProblem(options.baseIri());
    if (baseProblem != null) {
      throw new IngestException(
          "--base-iri "
              + options.baseIri()
              + " is not an absolute http(s) IRI ("
              + baseProblem
              + ")");
    }
    Iris iris = new Iris(options.baseIri());
    long start = System.nanoTime();
    PaperIndex index = new PaperIndex(iris.base());
    try (IngestReport report = new IngestReport(options.report());
        GraphWriter writer = IngestStores.open(options.db(), iris, index)) {
      LOG.info(
          "Ingesting {} file(s) into {} ({})",
          files.size(),
          options.db(),
          writer.bulk()
              ? "empty database: bulk load"
              : index.size() + " papers already there: update");
      RepeatedInputs.Split inputs = RepeatedInputs.split(files);
      for (RepeatedInputs.Repeat r : inputs.repeats()) {
        LOG.warn(r.line());
        report.note(r.line());
      }
      MappingContext ctx =
          new MappingContext(iris, new PaperMatcher(iris, index), MetricDirections.defaults());
      List<FileSummary> summaries = ingestAll(inputs.unique(), ctx, writer, report, options);
      writeMetadata(iris, summaries, writer);
      writer.commit();
      long triples = IngestStores.countTriples(options.db());
      IngestResult result =
          new IngestResult(
              summaries,
              triples,
              Duration.ofNanos(System.nanoTime() - start),
              report.problems(),
              writer.bulk(),
              options.report());
      summaries.forEach(s -> report.note(s.line()));
      report.note(result.summary());
      return result;
    }
  }

  private static List<FileSummary> ingestAll(
      List<DumpFile> files,
      MappingContext ctx,
      GraphWriter writer,
      IngestReport report,
      IngestOptions options) {
    List<FileSummary> summaries = new ArrayList<>();
    try {
      for (DumpFile file : files) {
        FileSummary s = new FileIngest(file, ctx, writer, report, options).run();
        LOG.info(s.line());
        summaries.add(s);
      }
      return summaries;
    } catch (FileIngest.StrictFailure e) {
      report.note("--strict: the run failed at the first problem; nothing was written");
      throw new IngestException(
          "--strict: "
              + e.problem.line()
              + " (nothing was written; report: "
              + report.file()
              + ")");
    }
  }

  /** The last file of each kind describes that kind; the descriptions of other kinds stay. */
  private static void writeMetadata(Iris iris, List<FileSummary> summaries, GraphWriter writer) {
    Node graph = IngestMetadata.graph(iris);
    writer.replace(graph, graph, IngestMetadata.header(iris));
    Map<DumpKind, FileSummary> last = new LinkedHashMap<>();
    summaries.forEach(s -> last.put(s.kind(), s));
    last.forEach(
        (kind, s) ->
            writer.replace(
                graph,
                IngestMetadata.subject(iris, kind.stem()),
                IngestMetadata.describe(
                    iris,
                    new IngestMetadata.Entry(
                        kind.stem(),
                        s.file(),
                        s.sha256(),
                        s.read(),
                        s.written(),
                        s.skipped(),
                        s.emptyValues(),
                        s.triples(),
                        s.started(),
                        s.started().plus(s.time())))));
  }
}
