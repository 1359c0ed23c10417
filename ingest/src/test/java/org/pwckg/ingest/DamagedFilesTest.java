package org.pwckg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pwckg.ingest.Fixtures.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pwckg.ontology.Vocab;

/**
 * Whole files that are damaged or not what their name says, made from the real papers dump: each is
 * reported in one line that says what the file is and what was expected; records that could be read
 * are kept, and --strict fails.
 */
class DamagedFilesTest {
  private static final String PAPERS = "papers-with-abstracts";
  private static final long REAL_PAPERS = 245;

  @TempDir Path dir;

  @Test
  void trailing_data_after_the_array_is_reported_and_the_arrays_records_kept() throws IOException {
    String json = realJson(PAPERS);
    Path file = write(PAPERS + ".json", (json + "\n" + json).getBytes(StandardCharsets.UTF_8));
    IngestResult result = ingest(dir.resolve("db"), file);
    assertThat(result.files().get(0).written()).isEqualTo(REAL_PAPERS);
    assertThat(reportLine(result))
        .contains(PAPERS + ".json record 245", "trailing data after the top-level array");
    assertThat(result.partial()).isTrue();
    assertStrictFails(file, "trailing data");
  }

  @Test
  void stray_text_after_the_array_is_trailing_data_too() throws IOException {
    Path file = write(PAPERS + ".json", (realJson(PAPERS) + "\n<html>").getBytes());
    IngestResult result = ingest(dir.resolve("db"), file);
    assertThat(reportLine(result)).contains("trailing data");
    assertThat(result.files().get(0).written()).isEqualTo(REAL_PAPERS);
  }

  @Test
  void a_raw_control_character_in_a_string_is_dropped_and_the_records_after_it_kept()
      throws IOException {
    // JSON wants control characters escaped; a scraper that wrote one raw (here U+0005 in the
    // first paper's abstract) once ended the file there, losing the 244 papers after it.
    String json = realJson(PAPERS).replaceFirst("(\"abstract\":\\s*\")", "$1\u0005");
    assertThat(json).contains("\u0005");
    IngestResult result =
        ingest(dir.resolve("db"), write(PAPERS + ".json", json.getBytes(StandardCharsets.UTF_8)));
    assertThat(result.files().get(0).written()).isEqualTo(REAL_PAPERS);
    assertThat(problems(result)).isEmpty();
    String abstractText =
        inGraph(
            dir.resolve("db"),
            g ->
                objects(g, IRIS.paper("neural-networks-and-physical-systems-with"), Vocab.ABSTRACT)
                    .get(0)
                    .getLiteralLexicalForm());
    assertThat(abstractText).startsWith("Computational properties").doesNotContain("\u0005");
  }

  @Test
  void a_gzip_file_without_its_trailer_is_reported_after_all_its_records() throws IOException {
    byte[] gz = Files.readAllBytes(realFile(PAPERS));
    Path file = write(PAPERS + ".json.gz", Arrays.copyOf(gz, gz.length - 8));
    IngestResult result = ingest(dir.resolve("db"), file);
    assertThat(result.files().get(0).written()).isEqualTo(REAL_PAPERS);
    assertThat(reportLine(result)).contains("record 245", "damaged gzip trailer");
    assertStrictFails(file, "damaged gzip trailer");
  }

  @Test
  void a_gzip_file_with_a_wrong_crc_is_reported() throws IOException {
    byte[] gz = Files.readAllBytes(realFile(PAPERS));
    gz[gz.length - 8] ^= 0x55; // first byte of the stored CRC-32
    IngestResult result = ingest(dir.resolve("db"), write(PAPERS + ".json.gz", gz));
    assertThat(result.files().get(0).written()).isEqualTo(REAL_PAPERS);
    assertThat(reportLine(result)).contains("damaged gzip trailer", "CRC-32");
  }

  @Test
  void an_intact_gzip_file_reports_nothing() throws IOException {
    IngestResult result = ingest(dir.resolve("db"), realFile(PAPERS));
    assertThat(result.partial()).isFalse();
    assertThat(problems(result)).isEmpty();
  }

  @Test
  void gzip_data_named_json_says_so() throws IOException {
    Path file = write(PAPERS + ".json", Files.readAllBytes(realFile(PAPERS)));
    IngestResult result = ingest(dir.resolve("db"), file);
    assertThat(reportLine(result))
        .contains(PAPERS + ".json record 0", "gzip-compressed but named " + PAPERS + ".json")
        .doesNotContain("CTRL-CHAR");
    assertThat(result.files().get(0).written()).isZero();
  }

  @Test
  void plain_json_named_gz_says_so() throws IOException {
    Path file = write(PAPERS + ".json.gz", realJson(PAPERS).getBytes(StandardCharsets.UTF_8));
    assertThat(reportLine(ingest(dir.resolve("db"), file))).contains("is not gzip data");
  }

  @Test
  void an_empty_file_says_it_is_empty() throws IOException {
    Path file = write(PAPERS + ".json", new byte[0]);
    assertThat(reportLine(ingest(dir.resolve("db"), file))).contains("the file is empty (0 bytes)");
  }

  @Test
  void a_utf16_file_says_it_is_utf16() throws IOException {
    byte[] utf16 = realJson(PAPERS).getBytes(StandardCharsets.UTF_16LE);
    Path file = write(PAPERS + ".json", utf16);
    assertThat(reportLine(ingest(dir.resolve("db"), file)))
        .contains("UTF-16", "expected UTF-8")
        .doesNotContain("0xfdd0");
  }

  @Test
  void an_object_instead_of_an_array_says_what_it_holds() throws IOException {
    Path file = write(PAPERS + ".json", "{\"results\": []}".getBytes());
    assertThat(reportLine(ingest(dir.resolve("db"), file)))
        .contains("the file holds a JSON object; expected a JSON array of records");
  }

  @Test
  void the_other_files_of_a_run_are_ingested_beside_a_damaged_one() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("dumps"));
    Files.write(folder.resolve(PAPERS + ".json"), new byte[0]);
    Files.copy(realFile("methods"), folder.resolve("methods.json.gz"));
    ingest(dir.resolve("db"), folder);
    inGraph(
        dir.resolve("db"), g -> assertThat(typed(g, Vocab.METHOD)).isGreaterThanOrEqualTo(2275));
  }

  private void assertStrictFails(Path file, String reason) {
    assertThatThrownBy(
            () ->
                Ingest.run(
                    new IngestOptions(dir.resolve("strict-db"), List.of(file), true, null, null)))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining(reason);
  }

  private static String reportLine(IngestResult result) throws IOException {
    List<String> lines = problems(result);
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  /** The report's problem lines ("FILE record N field F: …"), without its header and summary. */
  private static List<String> problems(IngestResult result) throws IOException {
    return Files.readAllLines(result.report()).stream()
        .filter(l -> l.matches("\\S+ record \\d+ field .*"))
        .toList();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in-" + System.nanoTime()));
    return Files.write(folder.resolve(name), bytes);
  }

  private static String realJson(String kind) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(realFile(kind)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
