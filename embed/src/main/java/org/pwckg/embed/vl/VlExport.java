package org.pwckg.embed.vl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes the worker's input ({@code input.jsonl}: one {@code {"id","kind","text","image"}} a line,
 * see embed/python/pwckg_vl/inputs.py). Image paths are written relative to the work folder where
 * they can be, so the folder (with the figure store beside it) can be copied to a GPU machine and
 * the same rows give the same file, byte for byte, on both sides.
 */
public final class VlExport {
  public static final String FILE = "input.jsonl";

  /**
   * The written file, its SHA-256 (the worker records it in run.json) and the ids in file order.
   */
  public record Exported(Path file, String sha256, List<String> ids) {}

  /** No separator between root values: each line ends with the newline written after it. */
  private static final JsonFactory JSON = new JsonFactory().setRootValueSeparator(null);

  private VlExport() {}

  public static Exported write(Path workDir, List<VlRow> rows) {
    Path file = workDir.resolve(FILE);
    Path tmp = workDir.resolve(FILE + ".tmp");
    List<String> ids = new ArrayList<>(rows.size());
    try {
      Files.createDirectories(workDir);
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha);
          JsonGenerator json = JSON.createGenerator(out)) {
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        for (VlRow row : rows) {
          line(json, row, workDir);
          ids.add(row.id());
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Exported(file, HexFormat.of().formatHex(sha.digest()), List.copyOf(ids));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void line(JsonGenerator json, VlRow row, Path workDir) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", row.id());
    json.writeStringField("kind", row.kind() == VlRow.Kind.TEXT ? "text" : "image");
    json.writeStringField("text", row.text());
    json.writeStringField("image", row.image() == null ? null : imagePath(row.image(), workDir));
    json.writeEndObject();
    json.flush();
    json.writeRaw('\n');
  }

  /** Relative to the work folder (always with '/'), or absolute when on another root. */
  static String imagePath(Path image, Path workDir) {
    Path abs = image.toAbsolutePath().normalize();
    Path base = workDir.toAbsolutePath().normalize();
    if (abs.getRoot() == null || !abs.getRoot().equals(base.getRoot())) return abs.toString();
    return base.relativize(abs).toString().replace('\\', '/');
  }
}
