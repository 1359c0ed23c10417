package org.pwckg.ingest.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest report: one line per skipped record, row or broken file, then the summary. Each line
 * goes to the log as it happens and to the report file.
 */
public final class IngestReport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IngestReport.class);

  private final Path file;
  private final BufferedWriter out;
  private final Consumer<String> onProblem;
  private int problems;
  private String lastProblem;

  public IngestReport(Path file) {
    this(file, line -> {});
  }

  /** A report that also hands each problem line to {@code onProblem} (a server's status view). */
  public IngestReport(Path file, Consumer<String> onProblem) {
    this.file = file;
    this.onProblem = onProblem;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      out.write("# pwc-kg ingest report, " + Instant.now() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the ingest report " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  public int problems() {
    return problems;
  }

  /** The line of the latest problem, or null. */
  public String lastProblem() {
    return lastProblem;
  }

  public void problem(Problem p) {
    problem(p.line());
  }

  /** A problem already written as one line (the figure manifest counts lines, not records). */
  public void problem(String line) {
    problems++;
    lastProblem = line;
    LOG.warn(line);
    write(line);
    onProblem.accept(line);
  }

  /** A summary line (not a problem). */
  public void note(String line) {
    write(line);
  }

  private void write(String line) {
    try {
      out.write(line);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the ingest report " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
