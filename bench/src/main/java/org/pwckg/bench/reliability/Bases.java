package org.pwckg.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The states the operations start from, each built once by the real CLI on the real slices: {@code
 * empty} (no database), {@code ingested} (testdata/pwc + testdata/seed) and {@code embedded} (that,
 * embedded); and the changed dumps a re-ingest or a live update brings.
 */
final class Bases {
  static final String EMPTY = "empty";
  static final String INGESTED = "ingested";
  static final String EMBEDDED = "embedded";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Path testdata;
  private final List<Path> slices;

  /** {@code slices}: the dump files or folders the ingest operations read. */
  Bases(Path dir, Path testdata, List<Path> slices) {
    this.dir = dir;
    this.testdata = testdata;
    this.slices = slices;
  }

  Path of(String name) {
    return dir.resolve(name);
  }

  List<String> slices() {
    return slices.stream().map(p -> p.toAbsolutePath().toString()).toList();
  }

  Path figures() {
    return testdata.resolve("pwc").resolve("figures");
  }

  void build(Pwckg pwckg) throws IOException, InterruptedException {
    Path ingested = of(INGESTED);
    if (!Files.exists(ingested.resolve("search"))) {
      List<String> args = new java.util.ArrayList<>(List.of("ingest", "--db", ingested.toString()));
      args.addAll(slices());
      pwckg.runOk("base-ingest", args, 0, 2);
    }
    Path embedded = of(EMBEDDED);
    if (!Files.exists(embedded.resolve("vectors"))) {
      Folders.copy(ingested, embedded);
      pwckg.runOk("base-embed", List.of("embed", "--db", embedded.toString()));
    }
  }

  /**
   * The real papers with every fifth paper's title and abstract changed, and the real evaluation
   * tables: a re-ingest that rewrites part of the graph and of the index.
   */
  Path changedDumps() throws IOException {
    Path out = Files.createDirectories(dir.resolve("changed-dumps"));
    ArrayNode papers = (ArrayNode) read(testdata.resolve("pwc/papers-with-abstracts.json.gz"));
    for (int i = 0; i < papers.size(); i += 5) {
      ObjectNode p = (ObjectNode) papers.get(i);
      p.put("title", p.path("title").asText() + " (revised)");
      p.put("abstract", p.path("abstract").asText() + " A revised abstract sentence.");
    }
    write(papers, out.resolve("papers-with-abstracts.json.gz"));
    Files.copy(
        testdata.resolve("pwc/evaluation-tables.json.gz"),
        out.resolve("evaluation-tables.json.gz"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return out;
  }

  static JsonNode read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return JSON.readTree(in);
    }
  }

  static void write(JsonNode array, Path gz) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      JSON.writeValue(out, array);
    }
  }
}
