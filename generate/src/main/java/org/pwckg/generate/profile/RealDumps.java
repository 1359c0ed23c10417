package org.pwckg.generate.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The five real dump files, parsed whole (the real files are small). */
public record RealDumps(
    List<JsonNode> papers,
    List<JsonNode> links,
    List<JsonNode> tables,
    List<JsonNode> methods,
    List<JsonNode> datasets) {

  public static RealDumps read(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    return new RealDumps(
        array(mapper, dir.resolve(DumpNames.PAPERS)),
        array(mapper, dir.resolve(DumpNames.LINKS)),
        array(mapper, dir.resolve(DumpNames.TABLES)),
        array(mapper, dir.resolve(DumpNames.METHODS)),
        array(mapper, dir.resolve(DumpNames.DATASETS)));
  }

  private static List<JsonNode> array(ObjectMapper mapper, Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      JsonNode root = mapper.readTree(in);
      if (!root.isArray()) throw new IOException(file + " is not a JSON array");
      List<JsonNode> out = new ArrayList<>(root.size());
      root.forEach(out::add);
      return out;
    }
  }
}
