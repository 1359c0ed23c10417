package org.pwckg.ingest.figures;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.pwckg.ingest.mapping.RecordGraph;
import org.pwckg.ingest.match.PaperMatcher;
import org.pwckg.ingest.record.RecordException;
import org.pwckg.ingest.report.IngestReport;
import org.pwckg.ingest.store.GraphWriter;
import org.pwckg.ontology.figures.FigureStore;
import org.pwckg.ontology.figures.ImageException;
import org.pwckg.ontology.figures.ImageProbe;
import org.pwckg.ontology.figures.ProbedImage;

/**
 * Ingests the manifest line by line: checks and decodes the image, stores it, finds its paper and
 * writes its triples. A line whose image is missing, corrupt or over a limit is reported and
 * skipped; a figure whose paper is not in the graph is reported and kept without a paper link.
 */
final class FigureLines implements ManifestReader.Handler {
  /** Thrown under --strict at the first problem, to abort the run. */
  static final class StrictFailure extends RuntimeException {
    StrictFailure(String line) {
      super(line, null, false, false);
    }
  }

  private final String manifestName;
  private final Path folder;
  private final ImageProbe probe;
  private final FigureStore store;
  private final FigureMapper mapper;
  private final PaperMatcher matcher;
  private final GraphWriter writer;
  private final IngestReport report;
  private final boolean strict;
  private final Map<String, Long> firstLineOf = new HashMap<>();
  long read;
  long written;
  long skipped;
  long withoutPaper;
  long newFiles;
  long triples;

  FigureLines(
      FigureOptions options,
      FigureMapper mapper,
      PaperMatcher matcher,
      GraphWriter writer,
      IngestReport report) {
    this.manifestName = options.manifest().getFileName().toString();
    this.folder = options.imageFolder();
    this.probe = new ImageProbe(options.maxBytes(), options.maxPixels());
    this.store = new FigureStore(options.db());
    this.mapper = mapper;
    this.matcher = matcher;
    this.writer = writer;
    this.report = report;
    this.strict = options.strict();
  }

  long distinctImages() {
    return firstLineOf.size();
  }

  @Override
  public void entry(ManifestEntry entry) {
    read++;
    ProbedImage image;
    try {
      image = probe.probe(folder.resolve(entry.file()));
    } catch (ImageException e) {
      skip(entry.line(), new RecordException("file", e.reason()));
      return;
    }
    Node paper = paper(entry).orElse(null);
    if (store.put(image)) newFiles++;
    RecordGraph g = mapper.map(entry, image, paper);
    writer.write(g);
    written++;
    triples += g.size();
    Long first = firstLineOf.putIfAbsent(image.sha256(), entry.line());
    if (first != null) {
      problem(
          entry.line(),
          "file",
          "the same image as line " + first + "; both lines describe one figure node");
    }
  }

  @Override
  public void bad(long line, RecordException problem) {
    read++;
    skip(line, problem);
  }

  private void skip(long line, RecordException problem) {
    skipped++;
    problem(line, problem.field(), problem.reason() + "; the line was skipped");
  }

  /** The known paper with this PWC paper URL, else with this arXiv id. */
  private Optional<Node> paper(ManifestEntry entry) {
    Optional<Node> found =
        known(matcher.forLink(entry.paperUrl(), null, null, null, null))
            .or(() -> known(matcher.forLink(null, entry.arxivId(), null, null, null)));
    if (found.isEmpty()) {
      withoutPaper++;
      String field = entry.paperUrl() != null ? "paper_url" : "arxiv_id";
      problem(
          entry.line(),
          field,
          "no paper in the graph with paper_url "
              + entry.paperUrl()
              + " or arXiv id "
              + entry.arxivId()
              + "; the figure is kept without a paper link");
    }
    return found;
  }

  private static Optional<Node> known(Optional<PaperMatcher.Match> match) {
    return match.filter(PaperMatcher.Match::known).map(PaperMatcher.Match::paper);
  }

  private void problem(long line, String field, String reason) {
    String text = manifestName + " line " + line + " field " + field + ": " + reason;
    report.problem(text);
    if (strict) throw new StrictFailure(text);
  }
}
