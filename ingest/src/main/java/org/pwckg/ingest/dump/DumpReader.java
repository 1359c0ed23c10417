package org.pwckg.ingest.dump;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.ZipException;
import org.pwckg.ingest.record.Text;
import org.pwckg.ontology.Checksums;

/**
 * Streams one dump file (a JSON array, plain or gzip'd) one element at a time, so memory stays flat
 * whatever the file size. Bytes that are not UTF-8 are decoded to {@link Text#INVALID_UTF8} so the
 * record holding them can be reported and skipped rather than ending the file. A file that breaks
 * off (truncated, or broken JSON the parser cannot resume after) ends the stream: the records
 * before the break have been handed on, the break is returned.
 */
public final class DumpReader {
  private static final int BUFFER = 1 << 16;

  /** Receives each element of the array with its 0-based position. */
  @FunctionalInterface
  public interface RecordHandler {
    void record(long index, JsonNode element);
  }

  /** What reading a file gave: elements seen, file bytes, digest, and the break if any. */
  public record Outcome(long elements, long bytes, String sha256, Break broken) {}

  /** Where and why a file could not be read to its end. */
  public record Break(long index, String reason) {}

  // A raw control character in a string (a scraper's, JSON wants it escaped) would otherwise end
  // the file at that record and lose every record after it; accepted, it is dropped from the text
  // like an escaped one (Text), and its record kept.
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** The number of bytes of the file read so far (the compressed size for .gz files). */
  public interface Position {
    long bytesRead();
  }

  public Outcome read(
      DumpFile file, RecordHandler handler, java.util.function.Consumer<Position> onOpen) {
    MessageDigest sha = Checksums.sha256();
    try (InputStream raw = Files.newInputStream(file.path())) {
      BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
      // Peeked before the digest sees a byte: mark/reset below it would count them twice.
      Optional<String> wrongShape = FileShape.ofFileBytes(file, FileShape.peek(buffered, 4));
      CountingInputStream counted = new CountingInputStream(new DigestInputStream(buffered, sha));
      onOpen.accept(counted::count);
      Result r =
          wrongShape.isPresent()
              ? new Result(0, new Break(0, wrongShape.get()))
              : parse(file, counted, handler);
      counted.transferTo(OutputStream.nullOutputStream());
      return new Outcome(
          r.elements, counted.count(), HexFormat.of().formatHex(sha.digest()), r.broken);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file.path(), e);
    }
  }

  private record Result(long elements, Break broken) {}

  private Result parse(DumpFile file, InputStream counted, RecordHandler handler)
      throws IOException {
    long index = 0;
    // The file stream stays open after parsing: the rest of it is drained through the digest.
    InputStream shielded =
        new FilterInputStream(counted) {
          @Override
          public void close() {}
        };
    VerifiedGzipInputStream gzip;
    try {
      gzip = file.gzipped() ? new VerifiedGzipInputStream(shielded, BUFFER) : null;
    } catch (EOFException | ZipException e) {
      return new Result(0, new Break(0, "corrupt gzip header (" + e.getMessage() + ")"));
    }
    try (InputStream in = new BufferedInputStream(gzip != null ? gzip : shielded, BUFFER)) {
      Optional<String> notUtf8 = FileShape.ofText(FileShape.peek(in, 4));
      if (notUtf8.isPresent()) return new Result(0, new Break(0, notUtf8.get()));
      try (JsonParser parser = mapper.getFactory().createParser(reader(in))) {
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) return new Result(0, new Break(0, notAnArray(first)));
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          if (t == null) throw new JsonEOFException(parser, null, "end of input inside the array");
          JsonNode element = mapper.readTree(parser);
          handler.record(index++, element);
        }
        Break trailing = trailingData(parser, index);
        if (trailing != null) return new Result(index, trailing);
      }
      // Reading to the end makes the gzip stream read and check its trailer.
      in.transferTo(OutputStream.nullOutputStream());
      if (gzip != null && gzip.trailerProblem() != null)
        return new Result(index, new Break(index, damagedTrailer(gzip.trailerProblem(), index)));
      return new Result(index, null);
    } catch (JsonEOFException | EOFException e) {
      return new Result(
          index,
          new Break(
              index,
              "truncated: the file ends inside record "
                  + index
                  + " ("
                  + brief(e)
                  + "); the "
                  + index
                  + " records before it were read"));
    } catch (JsonProcessingException e) {
      return new Result(
          index,
          new Break(
              index,
              "broken JSON in record "
                  + index
                  + " at "
                  + where(e)
                  + ": "
                  + e.getOriginalMessage()
                  + "; the rest of the file was not read"));
    } catch (ZipException e) {
      return new Result(
          index,
          new Break(
              index,
              "corrupt gzip data in record "
                  + index
                  + " ("
                  + e.getMessage()
                  + "); the rest of the file was not read"));
    }
  }

  private static String notAnArray(JsonToken first) {
    String what =
        switch (first) {
          case null -> "no JSON value";
          case START_OBJECT -> "a JSON object";
          case VALUE_STRING -> "a JSON string";
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
          case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
          case VALUE_NULL -> "JSON null";
          default -> "JSON " + first;
        };
    return "the file holds " + what + "; expected a JSON array of records";
  }

  /**
   * A second value after the top-level array (two arrays concatenated, or stray text) would
   * otherwise be ignored without a word, and its records with it.
   */
  private static Break trailingData(JsonParser parser, long records) throws IOException {
    JsonLocation end = parser.currentLocation();
    try {
      if (parser.nextToken() == null) return null;
    } catch (JsonProcessingException e) {
      // Stray text that is not JSON at all: trailing data all the same.
    }
    return new Break(
        records,
        "trailing data after the top-level array (from line "
            + end.getLineNr()
            + ", column "
            + end.getColumnNr()
            + "): the array's "
            + records
            + " records were read, what follows it was not");
  }

  private static String damagedTrailer(IOException problem, long records) {
    return "damaged gzip trailer ("
        + problem.getMessage()
        + "): the file is missing its end or fails its CRC-32 check; its "
        + records
        + " records were read, but the file may be incomplete or corrupt";
  }

  private static Reader reader(InputStream in) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(Text.INVALID_UTF8));
    PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') reader.unread(first);
    return reader;
  }

  private static String brief(Exception e) {
    return e instanceof JsonProcessingException j
        ? j.getOriginalMessage()
        : String.valueOf(e.getMessage());
  }

  private static String where(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null
        ? "an unknown position"
        : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
