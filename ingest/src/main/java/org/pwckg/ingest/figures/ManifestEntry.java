package org.pwckg.ingest.figures;

/**
 * One line of a figure manifest: its 1-based line number, the paper it belongs to (PWC paper URL
 * and/or arXiv id, either may be null), the image file (relative to the manifest's folder) and the
 * caption (may be null).
 */
public record ManifestEntry(
    long line, String arxivId, String paperUrl, String file, String caption) {}
