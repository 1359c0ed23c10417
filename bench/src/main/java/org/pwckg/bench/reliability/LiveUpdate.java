package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A live ingest: {@code pwckg serve} holds the database, {@code pwckg ingest --server} uploads
 * changed dumps to it ({@code POST /admin/ingest}); the kill hits the server, which does the
 * writing. A recovery starts the server again and sends the same dumps.
 */
record LiveUpdate(Path dumps, Path tokenFile) implements KillOperation {
  @Override
  public String name() {
    return "live update (POST /admin/ingest to pwckg serve)";
  }

  @Override
  public String base() {
    return Bases.INGESTED;
  }

  @Override
  public Run run(Pwckg pwckg, Path db, String tag, Duration killAfter)
      throws IOException, InterruptedException {
    try (ServerProcess server =
        ServerProcess.start(
            pwckg,
            db,
            tag + "-serve",
            Map.of(),
            List.of("--admin-token-file", tokenFile.toString()))) {
      long t0 = System.nanoTime();
      Process client =
          pwckg.start(
              tag + "-ingest",
              List.of(
                  "ingest",
                  "--server",
                  server.url(),
                  "--admin-token-file",
                  tokenFile.toString(),
                  dumps.toString()));
      if (killAfter != null && !client.waitFor(killAfter.toMillis(), TimeUnit.MILLISECONDS)) {
        server.kill();
        client.waitFor(60, TimeUnit.SECONDS);
        return new Run(true, (System.nanoTime() - t0) / 1e9);
      }
      int code = client.waitFor();
      if (code != 0 && code != 2)
        throw new IllegalStateException("live ingest exited " + code + " (" + tag + "-ingest.log)");
      return new Run(false, (System.nanoTime() - t0) / 1e9);
    }
  }
}
