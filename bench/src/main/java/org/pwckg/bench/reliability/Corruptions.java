package org.pwckg.bench.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.pwckg.ontology.Iris;

/**
 * The bad-input classes of issue 12, each written as a folder of dump files made from real records
 * of testdata/pwc (seeded): {@code n} damaged records (or files) among the real papers, which must
 * all be kept.
 */
final class Corruptions {
  static final String PAPERS = "papers-with-abstracts";

  /** Writes one class into a folder; returns what it wrote. */
  @FunctionalInterface
  interface Writer {
    Plan write(Path folder) throws IOException;
  }

  private final List<ObjectNode> papers;
  private final Path testdata;
  private final int n;
  private final Random random;

  Corruptions(List<ObjectNode> papers, Path testdata, int n, long seed) {
    this.papers = papers;
    this.testdata = testdata;
    this.n = n;
    this.random = new Random(seed);
  }

  Map<String, Writer> classes() {
    Map<String, Writer> c = new LinkedHashMap<>();
    c.put("wrong types", f -> interleaved(f, RecordDamage::wrongType));
    c.put("missing required fields", f -> interleaved(f, RecordDamage::missingRequired));
    c.put("bad dates", f -> interleaved(f, RecordDamage::badDate));
    c.put("invalid UTF-8", f -> interleaved(f, RecordDamage::invalidUtf8));
    c.put("raw control characters in strings", this::controlCharacters);
    c.put("truncated records (file ends inside one)", f -> perFile(f, FileDamage.TRUNCATED));
    c.put("trailing data after the array", f -> perFile(f, FileDamage.TRAILING));
    c.put("damaged gzip trailer (missing, wrong CRC-32)", f -> perFile(f, FileDamage.TRAILER));
    c.put("whole-file failures (5 kinds)", f -> perFile(f, FileDamage.WHOLE_FILE));
    c.put("immense values (40 KB URL/author/method, task > 8,191 chars)", this::immense);
    c.put("repeated evaluation tables", this::repeatedTables);
    return c;
  }

  /** The real papers and {@code n} damaged copies, shuffled together, in one papers file. */
  private Plan interleaved(Path folder, BiFunction<ObjectNode, Integer, byte[]> damage)
      throws IOException {
    Plan plan = new Plan();
    String file = PAPERS + ".json";
    List<byte[]> records = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < papers.size() + n; i++) order.add(i);
    Collections.shuffle(order, random);
    for (int at = 0; at < order.size(); at++) {
      int i = order.get(at);
      if (i < papers.size()) {
        records.add(DumpWriter.json(papers.get(i)));
        plan.goodSlugs.add(slug(papers.get(i)));
      } else {
        int d = i - papers.size();
        records.add(damage.apply(copy(papers.get(d % papers.size()), "-damaged-" + d), d));
        plan.damaged(file, at);
      }
    }
    DumpWriter.write(Files.createDirectories(folder).resolve(file), DumpWriter.array(records));
    return plan;
  }

  /** Cleaned and kept, or reported: either way no record around them is lost. */
  private Plan controlCharacters(Path folder) throws IOException {
    Plan plan = interleaved(folder, RecordDamage::controlCharacter);
    plan.mustReport = false;
    return plan;
  }

  /**
   * The real papers in one file, then {@code n} files of their own, each one good paper (a copy
   * under a new slug) and the damage; the good paper of a file that cannot be read at all is lost
   * with it, and is not expected.
   */
  private Plan perFile(Path folder, FileDamage damage) throws IOException {
    Plan plan = new Plan();
    Files.createDirectories(folder);
    writeRealPapers(folder, plan);
    for (int i = 0; i < n; i++) {
      ObjectNode good = copy(papers.get(i % papers.size()), "-file-" + i);
      FileDamage.Damaged d = damage.write(folder, PAPERS + "-" + i, good, i, random);
      if (d.goodKept()) plan.goodSlugs.add(slug(good));
      plan.damaged(d.file(), d.record());
    }
    return plan;
  }

  /** Immense values in papers, links (repo_url, paper_url) and datasets (url), among real ones. */
  private Plan immense(Path folder) throws IOException {
    Plan plan = interleaved(folder, RecordDamage::immense);
    String big = "https://example.org/" + "z".repeat(40_000);
    ArrayNode links =
        (ArrayNode) Bases.read(testdata.resolve("pwc/links-between-papers-and-code.json.gz"));
    ArrayNode datasets = (ArrayNode) Bases.read(testdata.resolve("pwc/datasets.json.gz"));
    List<byte[]> linkRecords = new ArrayList<>(), datasetRecords = new ArrayList<>();
    for (int i = 0; i < n / 2; i++) {
      ObjectNode l = links.get(i).deepCopy();
      if (i % 2 == 0) l.put("repo_url", big + i);
      else l.put("paper_url", "https://paperswithcode.com/paper/" + "w".repeat(40_000) + i);
      linkRecords.add(DumpWriter.json(l));
      plan.damaged("links-between-papers-and-code.json", i);
      ObjectNode d = datasets.get(i).deepCopy();
      d.put("url", "https://paperswithcode.com/dataset/" + "v".repeat(40_000) + i);
      datasetRecords.add(DumpWriter.json(d));
      plan.damaged("datasets.json", i);
    }
    DumpWriter.write(
        folder.resolve("links-between-papers-and-code.json"), DumpWriter.array(linkRecords));
    DumpWriter.write(folder.resolve("datasets.json"), DumpWriter.array(datasetRecords));
    return plan;
  }

  /**
   * The real tables file under two names, and a third file with each real task record repeated
   * until there are {@code n} repeats; the repeats are notes (the rows count once), not problems.
   */
  private Plan repeatedTables(Path folder) throws IOException {
    Plan plan = new Plan();
    plan.mustReport = false;
    plan.countsResults = true;
    Files.createDirectories(folder);
    writeRealPapers(folder, plan);
    Path tables = testdata.resolve("pwc/evaluation-tables.json.gz");
    Files.copy(tables, folder.resolve("evaluation-tables.json.gz"));
    Files.copy(tables, folder.resolve("evaluation-tables-copy.json.gz"));
    ArrayNode tasks = (ArrayNode) Bases.read(tables);
    List<byte[]> repeated = new ArrayList<>();
    for (int i = 0; i < tasks.size() + n; i++)
      repeated.add(DumpWriter.json(tasks.get(i % tasks.size())));
    for (int i = tasks.size(); i < tasks.size() + n; i++)
      plan.damaged("evaluation-tables-repeated.json", i);
    DumpWriter.write(folder.resolve("evaluation-tables-repeated.json"), DumpWriter.array(repeated));
    return plan;
  }

  private void writeRealPapers(Path folder, Plan plan) throws IOException {
    List<byte[]> records = new ArrayList<>();
    for (ObjectNode p : papers) {
      records.add(DumpWriter.json(p));
      plan.goodSlugs.add(slug(p));
    }
    DumpWriter.write(folder.resolve(PAPERS + ".json"), DumpWriter.array(records));
  }

  static ObjectNode copy(ObjectNode real, String suffix) {
    ObjectNode c = real.deepCopy();
    c.put("paper_url", real.path("paper_url").asText() + suffix);
    c.putNull("arxiv_id");
    return c;
  }

  static String slug(JsonNode paper) {
    return Iris.pwcPaperSlug(paper.path("paper_url").asText()).orElseThrow();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] prefix(byte[] b, int length) {
    return Arrays.copyOf(b, length);
  }
}
