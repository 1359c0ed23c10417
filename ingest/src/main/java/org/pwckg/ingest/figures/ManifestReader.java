package org.pwckg.ingest.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import org.pwckg.ingest.record.Fields;
import org.pwckg.ingest.record.Notes;
import org.pwckg.ingest.record.RecordException;
import org.pwckg.ingest.record.Text;
import org.pwckg.ingest.record.Utf8Check;
import org.pwckg.ontology.Checksums;

/**
 * Reads a figure manifest: JSON lines, one object per image with {@code arxiv_id}, {@code
 * paper_url}, {@code file} (required) and {@code caption}; nulls and unknown fields are fine, blank
 * lines are skipped. Text follows the mapping's text rule. A line that is not such an object is
 * handed on as a problem and reading goes on with the next line.
 */
final class ManifestReader {
  /** Receives each line, good or bad. */
  interface Handler {
    void entry(ManifestEntry entry);

    void bad(long line, RecordException problem);
  }

  private final ObjectMapper json = new ObjectMapper();

  /** Reads every line of {@code manifest}; returns the SHA-256 of its bytes. */
  String read(Path manifest, Handler handler) {
    try (DigestInputStream bytes = new DigestInputStream(open(manifest), Checksums.sha256());
        BufferedReader lines = new BufferedReader(new InputStreamReader(bytes, lenientUtf8()))) {
      long number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) continue;
        try {
          handler.entry(parse(number, line));
        } catch (RecordException e) {
          handler.bad(number, e);
        }
      }
      return HexFormat.of().formatHex(bytes.getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the figure manifest " + manifest, e);
    }
  }

  private ManifestEntry parse(long number, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      throw new RecordException("(line)", "not JSON: " + e.getOriginalMessage());
    }
    Fields fields = Fields.of(node, Notes.IGNORE);
    Utf8Check.check(node);
    return new ManifestEntry(
        number,
        fields.text("arxiv_id"),
        fields.text("paper_url"),
        fields.requiredText("file"),
        fields.text("caption"));
  }

  private static InputStream open(Path manifest) throws IOException {
    return Files.newInputStream(manifest);
  }

  /** Bytes that are not UTF-8 become {@link Text#INVALID_UTF8}, so the line can be named. */
  private static CharsetDecoder lenientUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(Text.INVALID_UTF8));
  }
}
