package org.pwckg.bench.reliability;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * SIGKILLs each writing operation of {@code pwckg} at a random moment, runs it again to its end and
 * checks that the database is then identical to a run that was never killed (graph, keyword index,
 * vector indexes, figures), and that right after the kill the graph is the state before the
 * operation or the complete new one. Prints a Markdown table for BENCHMARKS.md.
 */
@Command(name = "kill-bench", mixinStandardHelpOptions = true)
public final class KillBench implements Callable<Integer> {
  @Option(names = "--launcher", required = true, description = "The ./pwckg launcher")
  Path launcher;

  @Option(names = "--testdata", defaultValue = "testdata", description = "The testdata folder")
  Path testdata;

  @Option(
      names = "--slices",
      split = ",",
      description = "Dump files or folders to ingest (default: testdata/pwc and testdata/seed)")
  List<Path> slices;

  @Option(names = "--work", required = true, description = "A scratch folder (reused: bases)")
  Path work;

  @Option(names = "--kills", defaultValue = "20", description = "Kills per operation")
  int kills;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the kill moments")
  long seed;

  @Option(
      names = "--operations",
      split = ",",
      description =
          "Which, in this order: ingest,reingest,index,embed,relate,figures,live (default: all)")
  List<String> only;

  public static void main(String[] args) {
    System.exit(new CommandLine(new KillBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Pwckg pwckg = new Pwckg(launcher.toAbsolutePath(), work.resolve("logs"));
    List<Path> dumps =
        slices != null ? slices : List.of(testdata.resolve("pwc"), testdata.resolve("seed"));
    Bases bases = new Bases(work.resolve("bases"), testdata.toAbsolutePath(), dumps);
    bases.build(pwckg);
    Random random = new Random(seed);
    List<KillReport> reports = new ArrayList<>();
    Map<String, KillOperation> operations = operations(bases);
    for (String name : only != null ? only : List.copyOf(operations.keySet())) {
      KillOperation op = operations.get(name);
      if (op == null) throw new IllegalArgumentException("No operation " + name);
      KillTrial trial = new KillTrial(pwckg, bases, work.resolve(name), name);
      reports.add(trial.run(op, kills, random));
      System.err.println(reports.getLast().row());
    }
    print(System.out, reports);
    return reports.stream().allMatch(r -> r.failures().isEmpty()) ? 0 : 1;
  }

  private Map<String, KillOperation> operations(Bases bases) throws Exception {
    Path changed = bases.changedDumps();
    Path token = work.resolve("admin-token");
    Files.writeString(token, "kill-bench-" + seed);
    Map<String, KillOperation> ops = new LinkedHashMap<>();
    ops.put("ingest", cli("pwckg ingest (empty database)", Bases.EMPTY, bases.slices(), 0, 2));
    ops.put(
        "reingest",
        cli(
            "pwckg ingest (re-ingest, changed papers)",
            Bases.INGESTED,
            List.of(changed.toString()),
            0,
            2));
    ops.put("index", cli("pwckg index --rebuild", Bases.INGESTED, List.of("--rebuild"), 0));
    ops.put("embed", cli("pwckg embed", Bases.INGESTED, List.of(), 0));
    ops.put("relate", cli("pwckg relate", Bases.EMBEDDED, List.of(), 0));
    ops.put(
        "figures", cli("pwckg figures", Bases.INGESTED, List.of(bases.figures().toString()), 0, 2));
    ops.put("live", new LiveUpdate(changed, token));
    return ops;
  }

  /** {@code pwckg COMMAND --db DB EXTRA…}, the command being the first word after "pwckg ". */
  private static KillOperation cli(String name, String base, List<String> extra, Integer... ok) {
    String command = name.split(" ")[1];
    return new CliOperation(
        name,
        base,
        db -> {
          List<String> args = new ArrayList<>(List.of(command, "--db", db.toString()));
          args.addAll(extra);
          return args;
        },
        List.of(ok));
  }

  static void print(PrintStream out, List<KillReport> reports) {
    out.println(
        "| operation | kills | right after the kill: old or new graph | recovered identical | failures"
            + " | reference run (s) | mean kill at (s) | mean recovery (s) |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    reports.forEach(r -> out.println(r.row()));
    for (KillReport r : reports)
      r.failures().forEach(f -> out.println("- " + r.operation() + ": " + f));
  }

  static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
