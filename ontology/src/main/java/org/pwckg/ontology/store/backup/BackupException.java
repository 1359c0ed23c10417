package org.pwckg.ontology.store.backup;

/** A backup that cannot be written, read or restored; the message is the one line a user sees. */
public final class BackupException extends RuntimeException {
  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
