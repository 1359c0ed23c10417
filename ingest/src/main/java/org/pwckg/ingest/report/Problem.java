package org.pwckg.ingest.report;

/** One line of the ingest report: which file, which record (0-based), which field, why. */
public record Problem(String file, long record, String field, String reason) {
  public String line() {
    return file + " record " + record + " field " + field + ": " + reason;
  }
}
