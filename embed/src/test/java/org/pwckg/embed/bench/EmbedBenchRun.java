package org.pwckg.embed.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Launches {@link EmbedBench} through surefire (the build has no exec plugin offline). Its name
 * keeps it out of the normal test run; it only runs when asked for:
 *
 * <pre>
 * mvn -o -q -pl embed -am verify -Dtest=EmbedBenchRun -Dsurefire.failIfNoSpecifiedTests=false -Dpwckg.bench="--batch 32"
 * </pre>
 */
class EmbedBenchRun {
  @Test
  @EnabledIfSystemProperty(named = "pwckg.bench", matches = ".*")
  void run() throws Exception {
    String args = System.getProperty("pwckg.bench").trim();
    EmbedBench.main(args.isEmpty() ? new String[0] : args.split("\\s+"));
  }
}
