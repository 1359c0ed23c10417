package org.pwckg.ontology.store.backup;

import java.time.Instant;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * What a backup holds ({@code manifest.json}, the archive's last entry): when it was taken (its
 * read transaction began), the graph state token ({@code pwc:graphState}) and counts of the graph
 * it holds, and the size and SHA-256 of every other entry, which restore checks before it writes
 * anything.
 *
 * @param quads every quad, the default graph's triples included
 * @param graphs the named graphs
 */
public record BackupManifest(
    Instant created,
    String graphState,
    long quads,
    long defaultGraphTriples,
    long graphs,
    List<Entry> files) {

  /** The format this code writes and reads; a later one is refused rather than half-restored. */
  public static final String FORMAT = "pwckg-backup/1";

  /** One archive entry: its path inside the archive, bytes and SHA-256 (hex). */
  public record Entry(String path, long bytes, String sha256) {}

  public BackupManifest {
    files = List.copyOf(files);
  }

  public String toJson() {
    JsonObject o = new JsonObject();
    o.put("format", FORMAT);
    o.put("created", created.toString());
    o.put("graph_state", graphState);
    o.put("quads", quads);
    o.put("default_graph_triples", defaultGraphTriples);
    o.put("named_graphs", graphs);
    JsonArray entries = new JsonArray();
    for (Entry e : files) {
      JsonObject f = new JsonObject();
      f.put("path", e.path());
      f.put("bytes", e.bytes());
      f.put("sha256", e.sha256());
      entries.add(f);
    }
    o.put("files", entries);
    return JSON.toString(o) + "\n";
  }

  /** Reads a manifest; {@code where} names it in the error. */
  public static BackupManifest parse(String json, String where) {
    try {
      JsonObject o = JSON.parse(json);
      String format = text(o, "format");
      if (!FORMAT.equals(format))
        throw new BackupException(
            where + ": format '" + format + "' is not " + FORMAT + " (made by another version?)");
      List<Entry> files =
          o.get("files").getAsArray().stream()
              .map(JsonValue::getAsObject)
              .map(f -> new Entry(text(f, "path"), number(f, "bytes"), text(f, "sha256")))
              .toList();
      return new BackupManifest(
          Instant.parse(text(o, "created")),
          text(o, "graph_state"),
          number(o, "quads"),
          number(o, "default_graph_triples"),
          number(o, "named_graphs"),
          files);
    } catch (JsonException | NullPointerException | ClassCastException e) {
      throw new BackupException(where + " is not a readable manifest: " + e.getMessage());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BackupException(where + ": 'created' is not a time: " + e.getParsedString());
    }
  }

  private static String text(JsonObject o, String key) {
    return o.get(key).getAsString().value();
  }

  private static long number(JsonObject o, String key) {
    return o.get(key).getAsNumber().value().longValue();
  }
}
