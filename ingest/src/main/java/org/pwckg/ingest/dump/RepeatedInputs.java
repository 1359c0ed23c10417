package org.pwckg.ingest.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.pwckg.ontology.Checksums;

/**
 * Finds dump files given twice: the same file under two names, or {@code x.json} beside {@code
 * x.json.gz} with the same text. Only kinds named by more than one file are read for this, so a
 * normal run pays nothing.
 */
public final class RepeatedInputs {
  /** A file whose JSON text equals that of an earlier file of the same kind. */
  public record Repeat(DumpFile file, DumpFile sameAs) {
    public String line() {
      return file.name()
          + ": the same content as "
          + sameAs.path()
          + " (equal JSON text); read once";
    }
  }

  private RepeatedInputs() {}

  /** The files to read, each content once, and the repeats left out. */
  public record Split(List<DumpFile> unique, List<Repeat> repeats) {}

  public static Split split(List<DumpFile> files) {
    Map<DumpKind, Integer> perKind = new HashMap<>();
    files.forEach(f -> perKind.merge(f.kind(), 1, Integer::sum));
    Map<String, DumpFile> seen = new HashMap<>();
    List<DumpFile> unique = new ArrayList<>();
    List<Repeat> repeats = new ArrayList<>();
    for (DumpFile f : files) {
      DumpFile first =
          perKind.get(f.kind()) < 2 ? null : seen.putIfAbsent(f.kind() + ":" + textDigest(f), f);
      if (first == null) unique.add(f);
      else repeats.add(new Repeat(f, first));
    }
    return new Split(List.copyOf(unique), List.copyOf(repeats));
  }

  /**
   * The SHA-256 of the file's text (decompressed); a damaged file gets a digest of its own bytes.
   */
  private static String textDigest(DumpFile file) {
    MessageDigest sha = Checksums.sha256();
    try (InputStream raw = Files.newInputStream(file.path());
        InputStream text = file.gzipped() ? new GZIPInputStream(raw, 1 << 16) : raw;
        InputStream in = new DigestInputStream(text, sha)) {
      in.transferTo(OutputStream.nullOutputStream());
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      return "unreadable:" + file.path().toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.path(), e);
    }
  }
}
