package org.pwckg.ingest.dump;

import java.util.Locale;
import java.util.Optional;

/**
 * The five dumps of the archive, in dependency order: papers first (later files match against
 * them), then methods and datasets, then the links and evaluation tables that refer to all of
 * these.
 */
public enum DumpKind {
  PAPERS("papers-with-abstracts"),
  METHODS("methods"),
  DATASETS("datasets"),
  LINKS("links-between-papers-and-code"),
  EVALUATION_TABLES("evaluation-tables");

  private final String stem;

  DumpKind(String stem) {
    this.stem = stem;
  }

  /** The file-name stem the archive uses, e.g. {@code papers-with-abstracts}. */
  public String stem() {
    return stem;
  }

  /** The kind of a dump file, by its name: {@code <stem>[anything].json} or {@code .json.gz}. */
  public static Optional<DumpKind> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") && !name.endsWith(".json.gz")) return Optional.empty();
    for (DumpKind kind : values()) {
      if (name.startsWith(kind.stem)) return Optional.of(kind);
    }
    return Optional.empty();
  }
}
