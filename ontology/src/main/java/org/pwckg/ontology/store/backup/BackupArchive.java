package org.pwckg.ontology.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pwckg.ontology.Checksums;

/**
 * A backup archive read back: its manifest, and every entry checked against the manifest's size and
 * SHA-256 before anything is restored. Each failure is one line naming the archive and the entry.
 */
public final class BackupArchive implements AutoCloseable {
  private final Path file;
  private final ZipFile zip;
  private final BackupManifest manifest;

  private BackupArchive(Path file, ZipFile zip, BackupManifest manifest) {
    this.file = file;
    this.zip = zip;
    this.manifest = manifest;
  }

  /** Opens {@code file} and reads its manifest (nothing is checked yet: see {@link #verify}). */
  public static BackupArchive open(Path file) {
    if (!Files.isRegularFile(file)) throw new BackupException(file + ": no such backup file");
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw new BackupException(file + " is not a backup archive (" + e.getMessage() + ")");
    }
    try {
      ZipEntry m = zip.getEntry(BackupWriter.MANIFEST);
      if (m == null)
        throw new BackupException(
            file + " has no " + BackupWriter.MANIFEST + ": the backup did not finish");
      String json;
      try (InputStream in = zip.getInputStream(m)) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return new BackupArchive(
          file, zip, BackupManifest.parse(json, file + "!" + BackupWriter.MANIFEST));
    } catch (IOException | RuntimeException e) {
      closeQuietly(zip);
      if (e instanceof BackupException b) throw b;
      throw new BackupException(file + ": " + BackupWriter.MANIFEST + " is unreadable: " + e);
    }
  }

  public BackupManifest manifest() {
    return manifest;
  }

  /** Checks that the archive holds exactly the manifest's entries, each of its size and SHA-256. */
  public BackupArchive verify() {
    Map<String, BackupManifest.Entry> listed =
        manifest.files().stream()
            .collect(Collectors.toMap(BackupManifest.Entry::path, Function.identity()));
    zip.stream()
        .filter(e -> !e.isDirectory() && !e.getName().equals(BackupWriter.MANIFEST))
        .filter(e -> !listed.containsKey(e.getName()))
        .findFirst()
        .ifPresent(
            e -> {
              throw new BackupException(
                  file + ": " + e.getName() + " is not in the manifest (the archive was altered)");
            });
    for (BackupManifest.Entry entry : manifest.files()) check(entry);
    return this;
  }

  private void check(BackupManifest.Entry entry) {
    MessageDigest digest = Checksums.sha256();
    long bytes = 0;
    try (InputStream in = open(entry.path())) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; bytes += n) digest.update(buffer, 0, n);
    } catch (ZipException e) {
      throw corrupt(entry, e.getMessage());
    } catch (IOException e) {
      throw new BackupException(file + ": " + entry.path() + " could not be read: " + e);
    }
    String sha = HexFormat.of().formatHex(digest.digest());
    if (bytes != entry.bytes() || !sha.equals(entry.sha256()))
      throw corrupt(entry, "its size or SHA-256 differs from the manifest");
  }

  private BackupException corrupt(BackupManifest.Entry entry, String why) {
    return new BackupException(file + ": " + entry.path() + " is corrupt (" + why + ")");
  }

  /** The content of the entry {@code path}, which the manifest lists. */
  public InputStream open(String path) throws IOException {
    ZipEntry e = zip.getEntry(path);
    if (e == null)
      throw new BackupException(file + ": " + path + " is in the manifest but not in the archive");
    return zip.getInputStream(e);
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing to lose
    }
  }
}
