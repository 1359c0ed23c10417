package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A {@code pwckg} command on a database folder (ingest, index, embed, relate, figures). */
record CliOperation(String name, String base, Function<Path, List<String>> args, List<Integer> ok)
    implements KillOperation {
  @Override
  public Run run(Pwckg pwckg, Path db, String tag, Duration killAfter)
      throws IOException, InterruptedException {
    if (killAfter == null) {
      Pwckg.Exit e = pwckg.run(tag, args.apply(db));
      if (!ok.contains(e.code()))
        throw new IllegalStateException(name + " exited " + e.code() + ": " + e.lastLines());
      return new Run(false, e.seconds());
    }
    long t0 = System.nanoTime();
    Process p = pwckg.start(tag, args.apply(db));
    boolean ended = p.waitFor(killAfter.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) Pwckg.kill(p);
    return new Run(!ended, (System.nanoTime() - t0) / 1e9);
  }
}
