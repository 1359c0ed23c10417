package org.pwckg.ingest;

import java.nio.file.Path;
import java.util.List;
import org.pwckg.ingest.report.Progress;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * One ingest run: the database folder, the dump files or folders, whether a problem fails the run
 * ({@code strict}: a skipped record, row or file part; {@code strictWarnings}: also a bad optional
 * value left out of a record that was kept), where the report goes ({@code <db>/ingest-report.txt}
 * when null), the base IRI and how progress is shown (log lines when null).
 */
public record IngestOptions(
    Path db,
    List<Path> dumps,
    boolean strict,
    boolean strictWarnings,
    Path report,
    String baseIri,
    Progress.Factory progress) {
  public IngestOptions {
    dumps = List.copyOf(dumps);
    if (progress == null) progress = Progress.LOG;
    if (baseIri == null) baseIri = Namespaces.DEFAULT_BASE;
    if (report == null) report = DatabaseLayout.ingestReport(db);
  }

  /** Strict about lost records only: the real dumps have bad optional values in good records. */
  public IngestOptions(Path db, List<Path> dumps, boolean strict, Path report, String baseIri) {
    this(db, dumps, strict, false, report, baseIri, null);
  }

  public static IngestOptions of(Path db, List<Path> dumps) {
    return new IngestOptions(db, dumps, false, null, null);
  }
}
