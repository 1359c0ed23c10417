package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Reads and writes the profile: gzip-compressed JSON (the word tables make it ~0.8 MB as text,
 * ~0.25 MB compressed). The shipped copy is a classpath resource next to this package's generator.
 */
public final class ProfileIo {
  /** Where the shipped profile lives on the classpath. */
  public static final String RESOURCE = "/org/pwckg/generate/pwc-profile.json.gz";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProfileIo() {}

  public static Profile shipped() {
    try (InputStream in = ProfileIo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Profile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  public static Profile read(InputStream gzipped) throws IOException {
    return MAPPER.readValue(new GZIPInputStream(gzipped), Profile.class);
  }

  /**
   * Writes {@code profile} as gzip-compressed JSON, header time 0, so the bytes are reproducible.
   */
  public static void write(Profile profile, Path file) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      MAPPER.writeValue(out, profile);
    }
  }
}
