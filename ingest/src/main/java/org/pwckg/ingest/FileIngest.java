package org.pwckg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pwckg.ingest.dump.DumpFile;
import org.pwckg.ingest.dump.DumpReader;
import org.pwckg.ingest.mapping.MappingContext;
import org.pwckg.ingest.mapping.RecordGraph;
import org.pwckg.ingest.mapping.RecordMapper;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.Notes;
import org.pwckg.ingest.record.RecordException;
import org.pwckg.ingest.record.Utf8Check;
import org.pwckg.ingest.report.IngestReport;
import org.pwckg.ingest.report.Problem;
import org.pwckg.ingest.report.Progress;
import org.pwckg.ingest.store.GraphWriter;

/** Reads one dump file record by record, maps each and hands it to the writer. */
final class FileIngest {
  /** Thrown under --strict at the first problem, to abort the run. */
  static final class StrictFailure extends RuntimeException {
    final Problem problem;

    StrictFailure(Problem problem) {
      super(problem.line(), null, false, false);
      this.problem = problem;
    }
  }

  private final DumpFile file;
  private final RecordMapper mapper;
  private final GraphWriter writer;
  private final IngestReport report;
  private final boolean strict;
  private final Progress.Factory progressFactory;
  private final boolean strictWarnings;
  private Progress progress;
  private long read;
  private long written;
  private long skipped;
  private long rowsSkipped;
  private long valuesDropped;
  private long emptyValues;
  private long triples;

  FileIngest(
      DumpFile file,
      MappingContext ctx,
      GraphWriter writer,
      IngestReport report,
      IngestOptions options) {
    this.file = file;
    this.mapper = ctx.mapperFor(file.kind());
    this.writer = writer;
    this.report = report;
    this.strict = options.strict();
    this.progressFactory = options.progress();
    this.strictWarnings = options.strictWarnings();
  }

  FileSummary run() {
    long start = System.nanoTime();
    Instant started = Instant.now();
    long size = size();
    DumpReader.Outcome outcome;
    try {
      outcome =
          new DumpReader()
              .read(
                  file,
                  this::record,
                  position ->
                      progress = progressFactory.forFile(file.name(), size, position::bytesRead));
    } finally {
      if (progress != null) progress.close();
    }
    if (outcome.broken() != null)
      problem(outcome.broken().index(), "(file)", outcome.broken().reason());
    return new FileSummary(
        file.name(),
        file.kind(),
        read,
        written,
        skipped,
        rowsSkipped,
        valuesDropped,
        emptyValues,
        triples,
        outcome.broken() != null,
        outcome.sha256(),
        started,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private void record(long index, JsonNode element) {
    read++;
    RecordNotes notes = new RecordNotes();
    try {
      Utf8Check.check(element);
      RecordGraph g = mapper.map(Fields.of(element, notes));
      writer.write(g);
      written++;
      triples += g.size();
      notes.report(index);
    } catch (RecordException e) {
      skipped++;
      problem(index, e.field(), e.reason());
    }
    progress.update(read);
  }

  /**
   * The notes of one record, reported only if the record is kept (a skipped record gets one line).
   */
  private final class RecordNotes implements Notes {
    private final List<RecordException> dropped = new ArrayList<>(0);
    private final List<RecordException> rows = new ArrayList<>(0);
    private final List<String> empty = new ArrayList<>(0);

    @Override
    public void droppedValue(RecordException e) {
      dropped.add(e);
    }

    @Override
    public void skippedPart(RecordException e) {
      rows.add(e);
    }

    @Override
    public void emptyValue(String field) {
      empty.add(field);
    }

    void report(long index) {
      for (RecordException e : dropped) {
        valuesDropped++;
        warning(index, e.field(), e.reason() + "; the value was left out, the record kept");
      }
      for (RecordException e : rows) {
        rowsSkipped++;
        problem(
            index, e.field(), e.reason() + "; this row was skipped, the rest of the record kept");
      }
      for (String field : empty) {
        emptyValues++;
        report.note(
            new Problem(file.name(), index, field, "empty value (no value, not an error)").line());
      }
    }
  }

  private void problem(long index, String field, String reason) {
    Problem p = new Problem(file.name(), index, field, reason);
    report.problem(p);
    if (strict) throw new StrictFailure(p);
  }

  /** A bad optional value left out of a kept record: --strict fails on it only when asked. */
  private void warning(long index, String field, String reason) {
    Problem p = new Problem(file.name(), index, field, reason);
    report.problem(p);
    if (strict && strictWarnings) throw new StrictFailure(p);
  }

  private long size() {
    try {
      return Files.size(file.path());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
