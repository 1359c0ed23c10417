package org.pwckg.server.admin;

import java.util.List;

/**
 * What {@code GET /admin/ingest/{id}} answers (openapi.json, IngestStatus): where a live ingest
 * stands, and once it ended, what it wrote and what went wrong.
 *
 * @param state receiving (the upload), running (reading and writing in one transaction), indexing
 *     (committed; the keyword index is brought in step), done, or failed (nothing was written)
 * @param problemLines the report's first problem lines; the whole report is in {@code report}
 */
public record IngestStatus(
    String id,
    String state,
    List<FileStatus> files,
    String currentFile,
    long recordsRead,
    long recordsWritten,
    long recordsSkipped,
    long problems,
    List<String> problemLines,
    Long triplesInDatabase,
    String started,
    String finished,
    String summary,
    String error,
    String report) {

  /**
   * One uploaded dump file: its size, and once read, its counts and summary line ({@code null}
   * until then).
   */
  public record FileStatus(
      String name,
      long bytes,
      Long recordsRead,
      Long recordsWritten,
      Long recordsSkipped,
      String line) {}
}
