package org.pwckg.server.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.pwckg.ingest.Ingest;
import org.pwckg.ingest.IngestException;
import org.pwckg.ingest.IngestOptions;
import org.pwckg.ingest.IngestResult;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;
import org.pwckg.server.search.IndexFollower;
import org.pwckg.server.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests uploaded dump files into the database the server holds, with the CLI's ingest code: one
 * write transaction (readers keep the state before it until the commit), then the keyword index is
 * brought in step before the ingest reports itself done. One ingest at a time, on its own thread.
 */
public final class LiveIngest implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIngest.class);

  /** Ingests whose status stays readable. */
  private static final int KEPT = 20;

  private final Store store;
  private final Path db;
  private final String base;
  private final Runnable afterCommit;
  private final IndexFollower follower;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> Thread.ofPlatform().daemon().name("live-ingest").unstarted(r));
  private final AtomicReference<IngestJob> running = new AtomicReference<>();
  private final Map<String, IngestJob> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IngestJob> eldest) {
          return size() > KEPT;
        }
      };
  private IngestJob latest;

  /**
   * @param afterCommit told once the ingest committed (caches of answers go stale)
   */
  public LiveIngest(
      Store store, Path db, String base, Runnable afterCommit, IndexFollower follower) {
    this.store = store;
    this.db = db;
    this.base = base;
    this.afterCommit = afterCommit;
    this.follower = follower;
    // Uploads of a server that stopped during an ingest: that ingest never committed.
    delete(DatabaseLayout.ingestUploads(db));
  }

  /** Takes the one slot for an ingest, or answers 409 naming the ingest that holds it. */
  IngestJob claim() {
    IngestJob job = new IngestJob(UUID.randomUUID().toString(), DatabaseLayout.ingestReport(db));
    IngestJob holder = running.compareAndExchange(null, job);
    if (holder != null) {
      throw new ApiException(
          Problem.CONFLICT,
          "An ingest is already running ("
              + holder.id()
              + ", "
              + holder.status().state()
              + "); one runs at a time: follow it at GET /admin/ingest/"
              + holder.id()
              + " and send this one when it has ended");
    }
    synchronized (jobs) {
      jobs.put(job.id(), job);
      latest = job;
    }
    return job;
  }

  /** The folder the upload of {@code job} is spooled to. */
  Path uploads(IngestJob job) {
    return DatabaseLayout.ingestUploads(db).resolve(job.id());
  }

  /** Runs the ingest of the spooled {@code files} on the ingest thread. */
  void start(IngestJob job, List<Path> files, boolean strict) {
    job.running();
    thread.execute(() -> run(job, files, strict));
  }

  /** The upload failed: the job ends without touching the graph. */
  void abandon(IngestJob job, String reason) {
    job.failed(reason);
    end(job);
  }

  Optional<IngestStatus> status(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id)).map(IngestJob::status);
    }
  }

  Optional<IngestStatus> latest() {
    synchronized (jobs) {
      return Optional.ofNullable(latest).map(IngestJob::status);
    }
  }

  private void run(IngestJob job, List<Path> files, boolean strict) {
    try {
      IngestOptions options =
          new IngestOptions(
              db, files, strict, false, DatabaseLayout.ingestReport(db), base, job.progress());
      IngestResult result = Ingest.into(store.graph(), options, job::problem);
      job.committed(result);
      afterCommit.run();
      try {
        follower.catchUp();
      } catch (IllegalStateException e) {
        job.failed(
            "The graph was committed, but the keyword index could not be brought in step (see the"
                + " server log); the server brings it in step at its next start");
        return;
      }
      job.done();
      LOG.info("Live ingest {} done: {}", job.id(), result.summary());
    } catch (IngestException e) {
      job.failed(e.getMessage());
      LOG.warn("Live ingest {} failed: {}", job.id(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      job.failed("The server stopped while the keyword index was brought in step");
    } catch (RuntimeException e) {
      LOG.error("Live ingest {} failed", job.id(), e);
      job.failed("Internal error: " + e.getClass().getSimpleName() + " (see the server log)");
    } finally {
      end(job);
    }
  }

  private void end(IngestJob job) {
    delete(uploads(job));
    running.compareAndSet(job, null);
  }

  private static void delete(Path folder) {
    if (!Files.exists(folder)) return;
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Cannot remove the uploads in {}: {}", folder, e.toString());
    }
  }

  /**
   * Lets a running ingest finish: interrupting it could close TDB2's files under it. The server's
   * stop waits for it at most a minute; a process killed mid-ingest commits nothing of it.
   */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(1, TimeUnit.MINUTES))
        LOG.warn("A live ingest is still running at shutdown; nothing of it is committed");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
