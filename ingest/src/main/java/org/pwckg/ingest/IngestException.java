package org.pwckg.ingest;

/** Ingest cannot run or must not commit: bad arguments, an unusable database, a strict failure. */
public class IngestException extends RuntimeException {
  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
