package org.pwckg.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.dboe.DBOpEnvException;

/**
 * TDB2 admits one process per database and refuses another with "Failed to get a lock: file='…':
 * held by process N". Usually that process is a running {@code pwckg serve}: say so, with what to
 * do, in the one line a failure gets.
 */
final class DatabaseInUse {
  private static final Pattern LOCKED =
      Pattern.compile("Failed to get a lock: file='(.+)': held by process (\\d+)");

  private DatabaseInUse() {}

  /** The line for a lock refusal, or empty when {@code e} is some other failure. */
  static Optional<String> line(DBOpEnvException e) {
    Matcher m = LOCKED.matcher(String.valueOf(e.getMessage()));
    if (!m.find()) return Optional.empty();
    return Optional.of(
        "the database "
            + database(Path.of(m.group(1)))
            + " is in use by process "
            + m.group(2)
            + " (a running 'pwckg serve'?): stop it, or send queries to its /sparql endpoint"
            + " (and dumps to ingest with 'pwckg ingest --server URL')");
  }

  /** The database folder of a lock file: its own, or that of its storage folder (Data-0001). */
  private static Path database(Path lockFile) {
    Path folder = lockFile.getParent();
    boolean storage = folder.getFileName().toString().matches("Data-\\d+");
    return storage ? folder.getParent() : folder;
  }
}
