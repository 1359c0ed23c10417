package org.pwckg.generate.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpFileTest {
  @Test
  void indented_ascii_layout_is_pythons_indent_two_with_lower_case_escapes(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("m.json.gz");
    try (DumpFile out = DumpFile.indentedAscii(file)) {
      out.json().writeStartObject();
      out.json().writeStringField("name", "é\u000f\f");
      out.json().writeArrayFieldStart("empty");
      out.json().writeEndArray();
      out.json().writeEndObject();
    }

    // What json.dumps([{"name": "é\x0f\x0c", "empty": []}], indent=2) gives.
    assertThat(text(file))
        .isEqualTo("[\n  {\n    \"name\": \"\\u00e9\\u000f\\f\",\n    \"empty\": []\n  }\n]");
  }

  @Test
  void one_line_layout_is_pythons_default_with_utf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.json.gz");
    try (DumpFile out = DumpFile.oneLine(file)) {
      for (int i = 0; i < 2; i++) {
        out.json().writeStartObject();
        out.json().writeStringField("a", "é");
        out.json().writeNullField("b");
        out.json().writeEndObject();
      }
    }

    assertThat(text(file)).isEqualTo("[{\"a\": \"é\", \"b\": null}, {\"a\": \"é\", \"b\": null}]");
  }

  private static String text(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
