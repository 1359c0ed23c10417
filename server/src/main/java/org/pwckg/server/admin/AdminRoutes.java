package org.pwckg.server.admin;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.List;
import org.pwckg.server.error.ApiException;

/**
 * The maintainer's routes: {@code POST /admin/ingest} uploads dump files and starts a live ingest
 * (202 with its status), {@code GET /admin/ingest[/{id}]} follows it. All need the admin token.
 */
public final class AdminRoutes {
  public static final String INGEST = "/admin/ingest";

  private final AdminGuard guard;
  private final LiveIngest ingest;
  private final long maxUploadBytes;

  public AdminRoutes(AdminGuard guard, LiveIngest ingest, long maxUploadBytes) {
    this.guard = guard;
    this.ingest = ingest;
    this.maxUploadBytes = maxUploadBytes;
  }

  public void startIngest(Context ctx) {
    guard.check(ctx, "Live ingest");
    boolean strict = strict(ctx.queryParam("strict"));
    IngestJob job = ingest.claim();
    List<Path> files;
    try {
      files = IngestUpload.spool(ctx, ingest.uploads(job), maxUploadBytes, job);
    } catch (ApiException e) {
      ingest.abandon(job, e.getMessage());
      throw e;
    } catch (RuntimeException e) {
      ingest.abandon(job, "The upload failed: " + e.getMessage());
      throw e;
    }
    ingest.start(job, files, strict);
    ctx.status(202).header("Location", INGEST + "/" + job.id()).json(job.status());
  }

  private static boolean strict(String value) {
    if (value == null || value.equals("false")) return false;
    if (value.equals("true")) return true;
    throw ApiException.badRequest("strict must be true or false, not '" + value + "'");
  }

  public void latestIngest(Context ctx) {
    guard.check(ctx, "Live ingest");
    ctx.json(
        ingest
            .latest()
            .orElseThrow(
                () -> ApiException.notFound("No live ingest has run since the server started")));
  }

  public void ingestStatus(Context ctx) {
    guard.check(ctx, "Live ingest");
    String id = ctx.pathParam("id");
    ctx.json(
        ingest
            .status(id)
            .orElseThrow(
                () ->
                    ApiException.notFound(
                        "No live ingest " + id + " (the server keeps the latest ones it ran)")));
  }
}
