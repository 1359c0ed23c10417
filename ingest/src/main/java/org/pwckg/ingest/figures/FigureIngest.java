package org.pwckg.ingest.figures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.graph.Node;
import org.pwckg.ingest.IngestException;
import org.pwckg.ingest.match.PaperIndex;
import org.pwckg.ingest.match.PaperMatcher;
import org.pwckg.ingest.report.IngestReport;
import org.pwckg.ingest.store.GraphWriter;
import org.pwckg.ingest.store.IngestMetadata;
import org.pwckg.ingest.store.IngestStores;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.figures.FigureStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests figure images listed in a manifest into the graph (docs/MAPPING.md, "figures") and their
 * files into the store beside the database. Papers are matched through the ingest's paper index, so
 * the papers dump should be ingested first. The graph changes are one transaction: a killed run
 * leaves the graph as it was (stored files stay, unreferenced, and are reused next time).
 */
public final class FigureIngest {
  private static final Logger LOG = LoggerFactory.getLogger(FigureIngest.class);
  static final String KIND = "figures";

  private FigureIngest() {}

  public static FigureResult run(FigureOptions options) {
    if (!Files.isRegularFile(options.manifest()))
      throw new IngestException("No figure manifest at " + options.manifest());
    Iris iris = new Iris(options.baseIri());
    long start = System.nanoTime();
    Instant started = Instant.now();
    PaperIndex index = new PaperIndex(iris.base());
    try (IngestReport report = new IngestReport(options.report());
        GraphWriter writer = IngestStores.open(options.db(), iris, index)) {
      int leftovers = new FigureStore(options.db()).removeLeftovers();
      if (leftovers > 0)
        LOG.info("Removed {} half-written figure files an interrupted run left", leftovers);
      LOG.info(
          "Ingesting the figures of {} into {} ({} papers known)",
          options.manifest(),
          options.db(),
          index.size());
      FigureLines lines =
          new FigureLines(
              options, new FigureMapper(iris), new PaperMatcher(iris, index), writer, report);
      String sha256 = read(options, lines, report);
      writeMetadata(
          iris,
          writer,
          new IngestMetadata.Entry(
              KIND,
              options.manifest().getFileName().toString(),
              sha256,
              lines.read,
              lines.written,
              lines.skipped,
              0,
              lines.triples,
              started,
              Instant.now()));
      writer.commit();
      FigureResult result =
          new FigureResult(
              lines.read,
              lines.written,
              lines.distinctImages(),
              lines.skipped,
              lines.withoutPaper,
              lines.newFiles,
              lines.triples,
              report.problems(),
              Duration.ofNanos(System.nanoTime() - start),
              options.report());
      report.note(result.summary());
      return result;
    }
  }

  private static String read(FigureOptions options, FigureLines lines, IngestReport report) {
    try {
      return new ManifestReader().read(options.manifest(), lines);
    } catch (FigureLines.StrictFailure e) {
      report.note(
          "--strict: the run failed at the first problem; nothing was written to the graph");
      throw new IngestException(
          "--strict: " + e.getMessage() + " (nothing was written; report: " + report.file() + ")");
    } catch (UncheckedIOException e) {
      throw new IngestException(e.getMessage() + ": " + cause(e.getCause()), e);
    }
  }

  private static String cause(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void writeMetadata(Iris iris, GraphWriter writer, IngestMetadata.Entry entry) {
    Node graph = IngestMetadata.graph(iris);
    writer.replace(graph, graph, IngestMetadata.header(iris));
    writer.replace(graph, IngestMetadata.subject(iris, KIND), IngestMetadata.describe(iris, entry));
  }
}
