package org.pwckg.ingest.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, validated access to the fields of one JSON object of a dump. Every failure is a {@link
 * RecordException} naming the field by its path inside the record ({@code
 * datasets[2].sota.rows[7].paper_date}); absent fields and JSON {@code null} read as "no value";
 * fields nobody asks for are ignored, so unknown extra fields are tolerated. Identifying URLs
 * ({@link #url}) must be valid or the record is skipped; a bad optional link ({@link #link}) is
 * left out and noted, and the record kept.
 */
public final class Fields {
  private final JsonNode node;
  private final String path;
  private final Notes notes;

  private Fields(JsonNode node, String path, Notes notes) {
    this.node = node;
    this.path = path;
    this.notes = notes;
  }

  /** The top-level record; it must be a JSON object. */
  public static Fields of(JsonNode record, Notes notes) {
    if (record == null || !record.isObject()) {
      throw new RecordException("(record)", "expected a JSON object, got " + kind(record));
    }
    return new Fields(record, "", notes);
  }

  /** This object's own JSON text, compact, to recognise a record or row given twice. */
  public String json() {
    return node.toString();
  }

  public Notes notes() {
    return notes;
  }

  public String path(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Optional text: a JSON string, cleaned per the text rule; null when absent or empty. */
  public String text(String field) {
    JsonNode v = value(field);
    if (v == null) return null;
    if (!v.isTextual()) throw wrongType(field, "a string", v);
    return Text.clean(v.textValue());
  }

  public String requiredText(String field) {
    String s = text(field);
    if (s == null) throw new RecordException(path(field), "required field is missing or empty");
    return s;
  }

  /** A string or a number, as text (metric cells come as either). */
  public String scalarText(String field) {
    JsonNode v = value(field);
    if (v == null) return null;
    if (v.isNumber()) return v.decimalValue().toPlainString();
    if (!v.isTextual()) throw wrongType(field, "a string or a number", v);
    return Text.clean(v.textValue());
  }

  /** An identifying absolute http(s) URL, or null; a bad one fails the record. */
  public String url(String field) {
    return checkedUrl(field, text(field));
  }

  /** An optional absolute http(s) URL, or null; a bad one is noted and left out. */
  public String link(String field) {
    try {
      return url(field);
    } catch (RecordException e) {
      notes.droppedValue(e);
      return null;
    }
  }

  /** Why {@code url} cannot be an IRI of the graph, or null when it can. */
  public static String urlProblem(String url) {
    return Urls.problem(url);
  }

  /**
   * Optional absolute http(s) URLs from a list of strings or of objects carrying the URL under
   * {@code key}; bad ones are noted and left out.
   */
  public List<String> links(String field, String key) {
    List<String> out = new ArrayList<>();
    JsonNode array = array(field);
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      String element = field + "[" + i + "]";
      String url;
      if (e.isNull()) continue;
      if (e.isObject()) url = new Fields(e, path(element), notes).link(key);
      else if (e.isTextual()) url = link(element, Text.clean(e.textValue()));
      else throw wrongType(element, "a string or an object", e);
      if (url != null) out.add(url);
    }
    return out;
  }

  private String link(String field, String s) {
    try {
      return checkedUrl(field, s);
    } catch (RecordException e) {
      notes.droppedValue(e);
      return null;
    }
  }

  private String checkedUrl(String field, String s) {
    if (s == null) return null;
    String problem = Urls.problem(s);
    if (problem != null)
      throw new RecordException(path(field), "not a valid URL (" + problem + "): \"" + s + "\"");
    return s;
  }

  /** A calendar date YYYY-MM-DD, or null. */
  public String date(String field) {
    String s = text(field);
    if (s == null) return null;
    try {
      return LocalDate.parse(s).toString();
    } catch (DateTimeParseException e) {
      throw new RecordException(path(field), "not a valid date (YYYY-MM-DD): \"" + s + "\"");
    }
  }

  public Boolean bool(String field) {
    JsonNode v = value(field);
    if (v == null) return null;
    if (!v.isBoolean()) throw wrongType(field, "true or false", v);
    return v.booleanValue();
  }

  /** A four-digit year given as a number or a string, or null. */
  public Integer year(String field) {
    JsonNode v = value(field);
    if (v == null) return null;
    String s = v.isIntegralNumber() ? v.asText() : v.isTextual() ? v.textValue().strip() : null;
    if (s == null) throw wrongType(field, "a year", v);
    if (s.isEmpty()) return null;
    if (!s.matches("[12]\\d{3}"))
      throw new RecordException(path(field), "not a valid year: \"" + s + "\"");
    return Integer.parseInt(s);
  }

  /** A list of strings; absent or null is empty; empty strings are dropped. */
  public List<String> texts(String field) {
    List<String> out = new ArrayList<>();
    JsonNode array = array(field);
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      if (e.isNull()) continue;
      if (!e.isTextual()) throw wrongType(field + "[" + i + "]", "a string", e);
      String s = Text.clean(e.textValue());
      if (s != null) out.add(s);
    }
    return out;
  }

  /**
   * Names given either as strings or as objects carrying the name under {@code key} (the dumps list
   * tasks and methods both ways).
   */
  public List<String> names(String field, String key) {
    List<String> out = new ArrayList<>();
    JsonNode array = array(field);
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      String element = field + "[" + i + "]";
      if (e.isNull()) continue;
      String s =
          e.isObject()
              ? new Fields(e, path(element), notes).text(key)
              : e.isTextual() ? Text.clean(e.textValue()) : null;
      if (s == null && !e.isObject() && !e.isTextual())
        throw wrongType(element, "a string or an object", e);
      if (s != null) out.add(s);
    }
    return out;
  }

  /** A nested object, or null when absent. */
  public Fields object(String field) {
    JsonNode v = value(field);
    if (v == null) return null;
    if (!v.isObject()) throw wrongType(field, "an object", v);
    return new Fields(v, path(field), notes);
  }

  /** A list of objects; absent or null is empty; null elements are dropped. */
  public List<Fields> objects(String field) {
    List<Fields> out = new ArrayList<>();
    JsonNode array = array(field);
    for (int i = 0; i < array.size(); i++) {
      JsonNode e = array.get(i);
      if (e.isNull()) continue;
      if (!e.isObject()) throw wrongType(field + "[" + i + "]", "an object", e);
      out.add(new Fields(e, path(field + "[" + i + "]"), notes));
    }
    return out;
  }

  /** The names of the members of a nested object, in order (a row's metric cells). */
  public List<String> keys(String field) {
    Fields o = object(field);
    List<String> out = new ArrayList<>();
    if (o != null) o.node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private JsonNode array(String field) {
    JsonNode v = value(field);
    if (v == null) return MissingNode.getInstance(); // size 0: an absent list is empty
    if (!v.isArray()) throw wrongType(field, "a list", v);
    return v;
  }

  private JsonNode value(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v;
  }

  private RecordException wrongType(String field, String expected, JsonNode got) {
    return new RecordException(path(field), "expected " + expected + ", got " + kind(got));
  }

  private static String kind(JsonNode v) {
    if (v == null || v.isMissingNode()) return "nothing";
    return switch (v.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase();
    };
  }
}
