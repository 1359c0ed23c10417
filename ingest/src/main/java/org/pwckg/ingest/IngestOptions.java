package org.pwckg.ingest;

import java.nio.file.Path;
import java.util.List;
import org.pwckg.ingest.report.Progress;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * One ingest run: the database folder, the dump files or folders, whether any bad record fails the
 * run, where the report goes ({@code <db>/ingest-report.txt} when null), the base IRI and how
 * progress is shown (log lines when null).
 */
public record IngestOptions(
    Path db,
    List<Path> dumps,
    boolean strict,
    Path report,
    String baseIri,
    Progress.Factory progress) {
  public IngestOptions {
    dumps = List.copyOf(dumps);
    if (progress == null) progress = Progress.LOG;
    if (baseIri == null) baseIri = Namespaces.DEFAULT_BASE;
    if (report == null) report = DatabaseLayout.ingestReport(db);
  }

  public IngestOptions(Path db, List<Path> dumps, boolean strict, Path report, String baseIri) {
    this(db, dumps, strict, report, baseIri, null);
  }

  public static IngestOptions of(Path db, List<Path> dumps) {
    return new IngestOptions(db, dumps, false, null, null);
  }
}
