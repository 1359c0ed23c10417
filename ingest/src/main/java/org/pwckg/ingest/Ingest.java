package org.pwckg.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
    Iris iris = iris(options);
    PaperIndex index = new PaperIndex(iris.base());
    try (GraphWriter writer = IngestStores.open(options.db(), iris, index)) {
      return write(
          files,
          new Run(iris, index, writer, options, false, line -> {}),
          () -> IngestStores.countTriples(options.db()));
    }
  }

  /**
   * Ingests into a database this process already holds open (a running server), always as an update
   * in one write transaction: readers keep the state before it until the commit. A file that breaks
   * off (truncated, not JSON) fails the whole run and nothing is written, since a server should not
   * start serving half of a file; a bad record is reported and skipped as usual. Each problem line
   * also goes to {@code problems} as it is found.
   */
  public static IngestResult into(
      DatasetGraph dsg, IngestOptions options, Consumer<String> problems) {
    List<DumpFile> files = DumpFiles.resolve(options.dumps());
    Iris iris = iris(options);
    PaperIndex index = new PaperIndex(iris.base());
    try (GraphWriter writer = IngestStores.into(dsg, iris, index)) {
      return write(
          files,
          new Run(iris, index, writer, options, true, problems),
          () -> Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size()));
    }
  }

  /** What one run writes with, and how: {@code wholeFiles} fails the run on a broken file. */
  private record Run(
      Iris iris,
      PaperIndex index,
      GraphWriter writer,
      IngestOptions options,
      boolean wholeFiles,
      Consumer<String> problems) {}

  private static Iris iris(IngestOptions options) {
    String baseProblem = Fields.urlProblem(options.baseIri());
    if (baseProblem != null) {
      throw new IngestException(
          "--base-iri "
              + options.baseIri()
              + " is not an absolute http(s) IRI ("
              + baseProblem
              + ")");
    }
    return new Iris(options.baseIri());
  }

  private static IngestResult write(List<DumpFile> files, Run run, LongSupplier triplesAfter) {
    long start = System.nanoTime();
    GraphWriter writer = run.writer();
    IngestOptions options = run.options();
    try (IngestReport report = new IngestReport(options.report(), run.problems())) {
      LOG.info(
          "Ingesting {} file(s) into {} ({})",
          files.size(),
          options.db(),
          writer.bulk()
              ? "empty database: bulk load"
              : run.index().size() + " papers already there: update");
      RepeatedInputs.Split inputs = RepeatedInputs.split(files);
      for (RepeatedInputs.Repeat r : inputs.repeats()) {
        LOG.warn(r.line());
        report.note(r.line());
      }
      MappingContext ctx =
          new MappingContext(
              run.iris(), new PaperMatcher(run.iris(), run.index()), MetricDirections.defaults());
      List<FileSummary> summaries = ingestAll(inputs.unique(), ctx, run, report);
      writeMetadata(run.iris(), summaries, writer);
      writer.commit();
      IngestResult result =
          new IngestResult(
              summaries,
              triplesAfter.getAsLong(),
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
      List<DumpFile> files, MappingContext ctx, Run run, IngestReport report) {
    List<FileSummary> summaries = new ArrayList<>();
    try {
      for (DumpFile file : files) {
        FileSummary s = new FileIngest(file, ctx, run.writer(), report, run.options()).run();
        LOG.info(s.line());
        if (s.broken() && run.wholeFiles()) {
          report.note("A file broke off: the run failed; nothing was written");
          throw new IngestException(report.lastProblem() + " (nothing was written)");
        }
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
