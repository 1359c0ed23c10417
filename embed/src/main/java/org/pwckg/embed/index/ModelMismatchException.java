package org.pwckg.embed.index;

import java.nio.file.Path;

/** The index on disk holds vectors of another model (or dimension) than the one in use. */
public final class ModelMismatchException extends RuntimeException {
  public ModelMismatchException(Path dir, IndexTag found, IndexTag wanted) {
    super(
        "The vector index at "
            + dir
            + " holds "
            + (found == null ? "untagged vectors" : found)
            + ", not "
            + wanted
            + "; rebuild it (--rebuild) to switch models");
  }
}
