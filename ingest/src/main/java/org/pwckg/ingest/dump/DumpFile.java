package org.pwckg.ingest.dump;

import java.nio.file.Path;

/** One dump file to ingest and the kind its name declares. */
public record DumpFile(Path path, DumpKind kind) {
  public String name() {
    return path.getFileName().toString();
  }

  public boolean gzipped() {
    return name().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }
}
