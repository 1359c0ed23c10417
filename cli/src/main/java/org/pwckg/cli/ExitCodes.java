package org.pwckg.cli;

/** The exit codes of every command (listed in each --help). */
final class ExitCodes {
  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int PARTIAL = 2;

  static final String HELP_FOOTER =
      "%nExit codes:%n  0  success%n  1  bad input or usage (one line on stderr says why), or an ingest that could not%n"
          + "     write a single record (the report says why)%n"
          + "  2  partial: some records, rows or values were skipped (see the ingest report)";

  private ExitCodes() {}
}
