package org.pwckg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The admin token of live ingest, for {@code serve} and {@code ingest --server} alike: from a file
 * ({@code --admin-token-file}), else from {@code PWCKG_ADMIN_TOKEN}; never a command-line value,
 * which any user of the machine could read in the process list.
 */
final class AdminToken {
  static final String ENV = "PWCKG_ADMIN_TOKEN";

  private AdminToken() {}

  /** The token, or null when neither the file nor the environment gives one. */
  static String read(Path file) {
    String token;
    try {
      token = file != null ? Files.readString(file).strip() : System.getenv(ENV);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the admin token file " + file, e);
    }
    return token == null || token.isBlank() ? null : token;
  }
}
