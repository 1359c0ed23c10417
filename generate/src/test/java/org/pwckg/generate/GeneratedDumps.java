package org.pwckg.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.pwckg.generate.profile.DumpNames;
import org.pwckg.generate.profile.ProfileIo;

/** Test helpers: run the generator, read dump files back, hash them. */
final class GeneratedDumps {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GeneratedDumps() {}

  static Path generate(Path dir, int papers, long seed, int threads) throws IOException {
    new Generator(ProfileIo.shipped(), GenerateListener.SILENT)
        .run(new GenerateOptions(papers, seed, dir, threads));
    return dir;
  }

  static Path realDir() {
    return Path.of(System.getProperty("pwckg.testdata", "../testdata"), "pwc");
  }

  /** The decompressed text of a dump file. */
  static String text(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> sha256(Path dir) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : DumpNames.ALL) {
      try {
        byte[] digest =
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(name)));
        out.put(name, HexFormat.of().formatHex(digest));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  static JsonNode tree(String json) throws IOException {
    return MAPPER.readTree(json);
  }
}
