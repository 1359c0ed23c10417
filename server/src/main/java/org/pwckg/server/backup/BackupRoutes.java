package org.pwckg.server.backup;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.pwckg.ontology.store.backup.BackupManifest;
import org.pwckg.ontology.store.backup.BackupWriter;
import org.pwckg.server.admin.AdminGuard;
import org.pwckg.server.search.IndexFollower;
import org.pwckg.server.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /admin/backup}: a backup of the database the server holds (no other process can open
 * it), streamed as it is written. The graph is read in one read transaction, so updates go on and
 * the backup is the state before or after each of them; the keyword index is copied between two
 * syncs. {@code pwckg backup --server} is its client.
 */
public final class BackupRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(BackupRoutes.class);
  private final Store store;
  private final Path database;
  private final IndexFollower follower;
  private final AdminGuard guard;

  public BackupRoutes(Store store, Path database, IndexFollower follower, AdminGuard guard) {
    this.store = store;
    this.database = database;
    this.follower = follower;
    this.guard = guard;
  }

  public void backup(Context ctx) throws IOException {
    guard.check(ctx, "Backup");
    String name = "pwckg-backup-" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ".zip";
    ctx.contentType("application/zip")
        .header("Content-Disposition", "attachment; filename=\"" + name.replace(':', '-') + "\"");
    long t0 = System.nanoTime();
    BackupManifest m =
        BackupWriter.write(store.graph(), database, ctx.outputStream(), follower::whileIdle);
    LOG.info(
        "Backup streamed: {} quads at graph state {}, {} files, in {} ms",
        m.quads(),
        m.graphState(),
        m.files().size(),
        (System.nanoTime() - t0) / 1_000_000);
  }
}
