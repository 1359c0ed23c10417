package org.pwckg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db}: the database folder, the same option with the same meaning in every command. */
final class DatabaseOption {
  static final String DESCRIPTION =
      "The database folder: the TDB2 graph, its indexes and figures (ingest creates it).";

  @Option(names = "--db", required = true, paramLabel = "DIR", description = DESCRIPTION)
  Path db;

  Path path() {
    return db;
  }
}
