package org.pwckg.generate;

import java.nio.file.Path;
import org.pwckg.generate.world.Scale;

/**
 * What to generate: how many papers (other counts follow), the seed, where, with how many threads.
 */
public record GenerateOptions(int papers, long seed, Path outDir, int threads) {
  public GenerateOptions {
    if (papers < 1)
      throw new IllegalArgumentException("--papers must be at least 1, not " + papers);
    if (threads < 1)
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    if (outDir == null) throw new IllegalArgumentException("no output folder");
  }

  /** The full archive's size. */
  public static final int ARCHIVE_PAPERS = Scale.ARCHIVE_PAPERS;
}
