package org.pwckg.ingest.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Finds the first string (value or key) of a record that carried bytes that were not UTF-8. */
public final class Utf8Check {
  private Utf8Check() {}

  /** Throws naming the field when any text of the record held invalid UTF-8. */
  public static void check(JsonNode record) {
    if (!holdsInvalid(record)) return;
    String where = find(record, "");
    if (where != null)
      throw new RecordException(where.isEmpty() ? "(record)" : where, "invalid UTF-8 bytes");
  }

  /** The fast pass: no paths are built unless something is found. */
  private static boolean holdsInvalid(JsonNode node) {
    if (node.isTextual()) return node.textValue().indexOf(Text.INVALID_UTF8) >= 0;
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().indexOf(Text.INVALID_UTF8) >= 0 || holdsInvalid(e.getValue())) return true;
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) if (holdsInvalid(e)) return true;
    }
    return false;
  }

  private static String find(JsonNode node, String path) {
    if (node.isTextual()) return node.textValue().indexOf(Text.INVALID_UTF8) >= 0 ? path : null;
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String hit = find(node.get(i), path + "[" + i + "]");
        if (hit != null) return hit;
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (e.getKey().indexOf(Text.INVALID_UTF8) >= 0) return child;
        String hit = find(e.getValue(), child);
        if (hit != null) return hit;
      }
    }
    return null;
  }
}
