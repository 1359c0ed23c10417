package org.pwckg.bench.reliability;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Ingests each bad-input class of issue 12 with the real {@code pwckg ingest} ({@code n} damaged
 * records or files made from real records, among the real papers) and checks: no crash (a
 * documented exit code, no stack trace), every good paper kept, each damaged one reported on a line
 * naming file, record and field, and {@code pwckg serve} starting on the result. Prints a Markdown
 * table for BENCHMARKS.md.
 */
@Command(name = "corruption-bench", mixinStandardHelpOptions = true)
public final class CorruptionBench implements Callable<Integer> {
  @Option(names = "--launcher", required = true, description = "The ./pwckg launcher")
  Path launcher;

  @Option(names = "--testdata", defaultValue = "testdata", description = "The testdata folder")
  Path testdata;

  @Option(names = "--work", required = true, description = "A scratch folder (emptied)")
  Path work;

  @Option(names = "--records", defaultValue = "1000", description = "Damaged records per class")
  int records;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the damage")
  long seed;

  @Option(names = "--classes", split = ",", description = "Class numbers to run (1-based)")
  List<Integer> only;

  public static void main(String[] args) {
    System.exit(new CommandLine(new CorruptionBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Folders.delete(work);
    Pwckg pwckg = new Pwckg(launcher.toAbsolutePath(), work.resolve("logs"));
    List<ObjectNode> kept = keptByACleanIngest(pwckg);
    CorruptionCheck check =
        new CorruptionCheck(pwckg, CorruptionCheck.results(work.resolve("clean-db")));
    Corruptions corruptions = new Corruptions(kept, testdata, records, seed);
    List<CorruptionReport> reports = new ArrayList<>();
    int number = 0;
    for (Map.Entry<String, Corruptions.Writer> c : corruptions.classes().entrySet()) {
      number++;
      if (only != null && !only.contains(number)) continue;
      Path folder = work.resolve("class-" + number);
      Plan plan = c.getValue().write(folder.resolve("dumps"));
      reports.add(check.run(c.getKey(), plan, folder, "class-" + number));
      System.err.println(reports.getLast().row());
    }
    print(System.out, reports);
    return reports.stream().allMatch(CorruptionReport::passed) ? 0 : 1;
  }

  /**
   * The real papers that a clean ingest (papers and tables) keeps: the good records every class
   * must keep too.
   */
  private List<ObjectNode> keptByACleanIngest(Pwckg pwckg) throws Exception {
    ArrayNode all = (ArrayNode) Bases.read(testdata.resolve("pwc/papers-with-abstracts.json.gz"));
    Path folder = Files.createDirectories(work.resolve("clean"));
    Files.copy(
        testdata.resolve("pwc/papers-with-abstracts.json.gz"),
        folder.resolve("papers-with-abstracts.json.gz"));
    Files.copy(
        testdata.resolve("pwc/evaluation-tables.json.gz"),
        folder.resolve("evaluation-tables.json.gz"));
    Path db = work.resolve("clean-db");
    pwckg.runOk("clean", List.of("ingest", "--db", db.toString(), folder.toString()), 0, 2);
    List<String> slugs = new ArrayList<>();
    all.forEach(p -> slugs.add(Corruptions.slug(p)));
    List<String> kept = CorruptionCheck.withTitle(db, slugs);
    List<ObjectNode> papers = new ArrayList<>();
    all.forEach(
        p -> {
          if (kept.contains(Corruptions.slug(p))) papers.add((ObjectNode) p);
        });
    return papers;
  }

  static void print(PrintStream out, List<CorruptionReport> reports) {
    out.println(
        "| class | damaged records (files) | good papers kept / expected | damaged reported |"
            + " exit code | crashes | serve starts |");
    out.println("|---|---:|---:|---:|---:|---:|---|");
    reports.forEach(r -> out.println(r.row()));
  }
}
