package org.pwckg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --admin-token-file}: the admin token of the {@code /admin} routes (live ingest, backup),
 * the same option in {@code serve} (which enables them with it) and in {@code ingest --server} and
 * {@code backup --server} (which send it). From a file, else from {@code PWCKG_ADMIN_TOKEN}; never
 * a command-line value, which any user of the machine could read in the process list.
 */
final class AdminTokenOption {
  static final String ENV = "PWCKG_ADMIN_TOKEN";

  @Option(
      names = "--admin-token-file",
      paramLabel = "FILE",
      description =
          "A file holding the admin token of the /admin routes (default: the environment variable"
              + " PWCKG_ADMIN_TOKEN). serve enables live ingest (POST /admin/ingest) and backups"
              + " (GET /admin/backup) with it, else /admin answers 403; ingest --server and"
              + " backup --server send it.")
  Path file;

  /** The token, or null when neither the file nor the environment gives one. */
  String token() {
    String token;
    try {
      token = file != null ? Files.readString(file).strip() : System.getenv(ENV);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the admin token file " + file, e);
    }
    return token == null || token.isBlank() ? null : token;
  }

  /** The token a client command must send; a usage error naming both sources when there is none. */
  String required() {
    String token = token();
    if (token == null)
      throw new IllegalArgumentException(
          "--server needs the server's admin token: --admin-token-file FILE or " + ENV);
    return token;
  }
}
