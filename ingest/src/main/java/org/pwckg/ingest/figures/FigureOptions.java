package org.pwckg.ingest.figures;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pwckg.ontology.Namespaces;
import org.pwckg.ontology.store.DatabaseLayout;

/**
 * One figures run: the database folder, the manifest ({@code figures.jsonl}, or the folder holding
 * it; image files are named relative to the manifest's folder), the largest image file accepted,
 * the largest pixel count decoded, where the report goes ({@code <db>/figures-report.txt} when
 * null), the base IRI, and whether the first problem fails the run.
 */
public record FigureOptions(
    Path db,
    Path manifest,
    long maxBytes,
    long maxPixels,
    Path report,
    String baseIri,
    boolean strict) {
  public static final String MANIFEST_NAME = "figures.jsonl";
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Larger images would take gigabytes to decode (a decompression bomb is a few KB of PNG). */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  public FigureOptions {
    if (Files.isDirectory(manifest)) manifest = manifest.resolve(MANIFEST_NAME);
    if (maxBytes < 1)
      throw new IllegalArgumentException("--max-bytes must be at least 1, was " + maxBytes);
    if (maxPixels < 1)
      throw new IllegalArgumentException("the pixel limit must be at least 1, was " + maxPixels);
    if (report == null) report = DatabaseLayout.figuresReport(db);
    if (baseIri == null) baseIri = Namespaces.DEFAULT_BASE;
  }

  public static FigureOptions of(Path db, Path manifest) {
    return new FigureOptions(
        db, manifest, DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, null, null, false);
  }

  public FigureOptions withMaxBytes(long bytes) {
    return new FigureOptions(db, manifest, bytes, maxPixels, report, baseIri, strict);
  }

  /** The folder image paths in the manifest are relative to. */
  public Path imageFolder() {
    Path parent = manifest.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }
}
