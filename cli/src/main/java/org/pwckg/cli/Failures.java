package org.pwckg.cli;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.query.QueryException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.tdb2.TDBException;
import org.pwckg.embed.index.ModelMismatchException;
import org.pwckg.embed.model.ModelException;
import org.pwckg.embed.vl.VlException;
import org.pwckg.ingest.IngestException;
import org.pwckg.ontology.store.backup.BackupException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Maps the failures a user can cause to exit code 1 and one clear line on stderr, in one place. */
final class Failures {
  private Failures() {}

  static int run(Callable<Integer> command) {
    try {
      return command.call();
    } catch (IngestException
        | IllegalArgumentException
        | QueryException
        | RiotException
        | TDBException
        | BackupException e) {
      return fail(e.getMessage());
    } catch (ModelException | ModelMismatchException | VlException e) {
      return fail(e.getMessage());
    } catch (UncheckedIOException e) {
      return fail(e.getMessage() + ": " + e.getCause().getMessage());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      return fail(e.toString());
    }
  }

  /**
   * What becomes of a failure that escapes a command (every command, also those that do not go
   * through {@link #run}): a database that another process holds (a running {@code pwckg serve}) is
   * one line; anything else is a bug and keeps its stack trace.
   */
  static int escaped(Exception e, CommandLine commandLine, ParseResult parsed) throws Exception {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DBOpEnvException locked && DatabaseInUse.line(locked).isPresent())
        return fail(DatabaseInUse.line(locked).orElseThrow());
    }
    throw e;
  }

  private static int fail(String line) {
    System.err.println("pwckg: " + line);
    return ExitCodes.BAD_INPUT;
  }
}
