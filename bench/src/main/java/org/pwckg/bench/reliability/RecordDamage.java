package org.pwckg.bench.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** Damages to one paper record, by kind; {@code i} picks a variant. */
final class RecordDamage {
  private RecordDamage() {}

  static byte[] wrongType(ObjectNode p, int i) {
    switch (i % 5) {
      case 0 -> p.put("title", 12345);
      case 1 -> p.putObject("title").put("text", p.path("title").asText());
      case 2 -> p.put("authors", "Jane Doe, John Roe");
      case 3 -> p.putArray("title").add("a").add("b");
      default -> p.put("paper_url", 42);
    }
    return DumpWriter.json(p);
  }

  static byte[] missingRequired(ObjectNode p, int i) {
    if (i % 2 == 0) p.remove("title");
    else p.putNull("title");
    return DumpWriter.json(p);
  }

  private static final String[] BAD_DATES = {
    "2019-13-45",
    "2020-02-30",
    "yesterday",
    "31/12/2019",
    "2019-01-01T25:00",
    "0000-00-00",
    "2019-1"
  };

  static byte[] badDate(ObjectNode p, int i) {
    p.put("date", BAD_DATES[i % BAD_DATES.length]);
    return DumpWriter.json(p);
  }

  private static final byte[][] NOT_UTF8 = {
    {(byte) 0xC3, 0x28},
    {(byte) 0xFF},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}
  };

  static byte[] invalidUtf8(ObjectNode p, int i) {
    String field = i % 2 == 0 ? "title" : "abstract";
    p.put(field, p.path(field).asText() + " " + DumpWriter.MARK + " end");
    return DumpWriter.withBytes(p, NOT_UTF8[i % NOT_UTF8.length]);
  }

  /** A raw (unescaped) control character U+0000..U+001F inside a string value. */
  static byte[] controlCharacter(ObjectNode p, int i) {
    String field = i % 2 == 0 ? "title" : "abstract";
    p.put(field, p.path(field).asText() + " " + DumpWriter.MARK + " end");
    return DumpWriter.withBytes(p, new byte[] {(byte) (i % 32)});
  }

  /** The record's JSON cut off somewhere inside it. */
  static byte[] truncated(ObjectNode p, int i) {
    byte[] whole = DumpWriter.json(p);
    int cut = 1 + Math.floorMod(i * 7919, whole.length - 2);
    return Arrays.copyOf(whole, cut);
  }

  /** 40 KB (or, for a task name, 8,192+ characters) where the archive has a short value. */
  static byte[] immense(ObjectNode p, int i) {
    String big = "x".repeat(40_000);
    switch (i % 4) {
      case 0 -> p.putArray("authors").add("Jane " + big);
      case 1 -> p.putArray("methods").addObject().put("name", "Method" + big).put("full_name", "M");
      case 2 -> p.putArray("tasks").add("Task " + "y".repeat(8_200 + i));
      default -> p.put("paper_url", "https://paperswithcode.com/paper/" + big + i);
    }
    return DumpWriter.json(p);
  }
}
