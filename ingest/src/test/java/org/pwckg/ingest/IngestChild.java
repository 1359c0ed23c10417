package org.pwckg.ingest;

import java.nio.file.Path;
import java.util.Arrays;

/** An ingest in a process of its own, for the test that kills one: {@code <db> <dump>...}. */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    Ingest.run(
        IngestOptions.of(Path.of(args[0]), Arrays.stream(args).skip(1).map(Path::of).toList()));
  }
}
