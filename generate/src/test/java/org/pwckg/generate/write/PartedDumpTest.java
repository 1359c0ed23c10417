package org.pwckg.generate.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartedDumpTest {
  @Test
  void parts_join_into_one_json_array_skipping_empty_parts(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("x.json.gz");
    int items = 3 * PartedDump.PART_SIZE;
    // Only items of the first and last part write a record: the middle part is empty.
    RecordSource source =
        (g, i) -> {
          if (i < PartedDump.PART_SIZE - 2 || i >= items - 2) {
            g.writeStartObject();
            g.writeNumberField("i", i);
            g.writeEndObject();
          }
        };
    boolean[] nonEmpty = new boolean[PartedDump.parts(items)];
    for (int p = 0; p < nonEmpty.length; p++)
      nonEmpty[p] = PartedDump.writePart(target, p, items, source, n -> {});
    PartedDump.assemble(target, nonEmpty);

    JsonNode array;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(target))) {
      array = new ObjectMapper().readTree(in);
    }
    assertThat(nonEmpty).containsExactly(true, false, true);
    assertThat(array.size()).isEqualTo(PartedDump.PART_SIZE);
    assertThat(array.get(0).path("i").asInt()).isZero();
    assertThat(array.get(array.size() - 1).path("i").asInt()).isEqualTo(items - 1);
    assertThat(Files.list(dir)).containsExactly(target);
  }
}
