package org.pwckg.server.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pwckg.ingest.FileSummary;
import org.pwckg.ingest.IngestResult;
import org.pwckg.ingest.report.Progress;

/**
 * One live ingest as it goes: written by the upload and the ingest thread, read by status requests
 * (every method is synchronized but the per-record {@link #progress} count, which is volatile).
 */
final class IngestJob {
  /** The report lines a status carries; the report file has them all. */
  static final int PROBLEM_LINES = 100;

  private final String id;
  private final Path report;
  private final Instant started = Instant.now();
  private final Map<String, IngestStatus.FileStatus> files = new LinkedHashMap<>();
  private final List<String> problemLines = new ArrayList<>();
  private String state = "receiving";
  private long problems;
  private String currentFile;
  private volatile long currentRecords;
  private long doneRecords;
  private IngestResult result;
  private String error;
  private Instant finished;

  IngestJob(String id, Path report) {
    this.id = id;
    this.report = report;
  }

  String id() {
    return id;
  }

  synchronized void received(String name, long bytes) {
    files.put(name, new IngestStatus.FileStatus(name, bytes, null, null, null, null));
  }

  synchronized void running() {
    state = "running";
  }

  /** Shows how far the ingest read, through the ingest's own progress listener. */
  Progress.Factory progress() {
    return (name, fileBytes, bytesRead) -> fileStarted(name);
  }

  private synchronized Progress fileStarted(String name) {
    currentFile = name;
    currentRecords = 0;
    return new Progress() {
      @Override
      public void update(long records) {
        currentRecords = records;
      }

      @Override
      public void close() {
        fileEnded();
      }
    };
  }

  private synchronized void fileEnded() {
    doneRecords += currentRecords;
    currentRecords = 0;
    currentFile = null;
  }

  synchronized void problem(String line) {
    problems++;
    if (problemLines.size() < PROBLEM_LINES) problemLines.add(line);
  }

  /** The transaction committed: the keyword index is next. */
  synchronized void committed(IngestResult r) {
    result = r;
    for (FileSummary f : r.files()) {
      IngestStatus.FileStatus uploaded = files.get(f.file());
      files.put(
          f.file(),
          new IngestStatus.FileStatus(
              f.file(),
              uploaded == null ? 0 : uploaded.bytes(),
              f.read(),
              f.written(),
              f.skipped(),
              f.line()));
    }
    state = "indexing";
  }

  synchronized void done() {
    state = "done";
    finished = Instant.now();
  }

  synchronized void failed(String reason) {
    state = "failed";
    error = reason;
    finished = Instant.now();
  }

  synchronized boolean ended() {
    return finished != null;
  }

  synchronized IngestStatus status() {
    return new IngestStatus(
        id,
        state,
        List.copyOf(files.values()),
        currentFile,
        result != null ? result.recordsRead() : doneRecords + currentRecords,
        result != null ? result.recordsWritten() : 0,
        result != null ? result.recordsSkipped() : 0,
        problems,
        List.copyOf(problemLines),
        result != null ? result.triplesInDatabase() : null,
        started.toString(),
        finished == null ? null : finished.toString(),
        result != null ? result.summary() : null,
        error,
        report.toString());
  }
}
