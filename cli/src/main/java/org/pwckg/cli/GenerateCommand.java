package org.pwckg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pwckg.generate.GenerateListener;
import org.pwckg.generate.GenerateOptions;
import org.pwckg.generate.GenerateReport;
import org.pwckg.generate.Generator;
import org.pwckg.generate.profile.Profile;
import org.pwckg.generate.profile.ProfileBuilder;
import org.pwckg.generate.profile.ProfileIo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pwckg generate}: synthetic PWC dump files at archive scale, seeded and reproducible. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    footer = ExitCodes.HELP_FOOTER,
    description = {
      "Write the five PWC dump files (papers-with-abstracts, links-between-papers-and-code,"
          + " evaluation-tables, methods, datasets .json.gz) in the real formats, drawn from a"
          + " statistical profile of the real dumps. Same --papers and --seed give byte-identical"
          + " files.",
      "Other counts follow --papers in the full archive's proportions (576,261 papers: 300,161"
          + " links, 2,254 task trees with ~60k results, 8,725 methods, 15,008 datasets)."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--papers",
      paramLabel = "N",
      description = "Papers to generate (default: ${DEFAULT-VALUE}, the full archive).")
  int papers = GenerateOptions.ARCHIVE_PAPERS;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Worker threads (default: the number of processors). Does not change the output.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "Use this profile (.json.gz) instead of the one shipped.")
  Path profile;

  @Option(
      names = "--build-profile",
      paramLabel = "PWC_DIR",
      description =
          "Instead of generating: derive the profile from the real dump files in PWC_DIR and write"
              + " it to OUT (a .json.gz file).")
  Path buildFrom;

  @Parameters(
      index = "0",
      paramLabel = "OUT",
      description = "Output folder (or, with --build-profile, the profile file).")
  Path out;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    try {
      if (buildFrom != null) {
        ProfileIo.write(ProfileBuilder.build(buildFrom), out);
        err.println("profile written to " + out);
        return ExitCodes.OK;
      }
      GenerateOptions options = options();
      Profile p = profile == null ? ProfileIo.shipped() : ProfileIo.read(profile);
      GenerateReport report = new Generator(p, new StderrProgress(err)).run(options);
      report.files().forEach((file, size) -> System.out.printf("%s\t%,d bytes%n", file, size));
      err.printf("generated %s in %.1f s%n", report.scale(), report.millis() / 1000.0);
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("pwckg: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
  }

  private GenerateOptions options() {
    try {
      return new GenerateOptions(papers, seed, out, threads);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** One stderr line a file each tenth of the way, and one when a step ends. */
  private static final class StderrProgress implements GenerateListener {
    private final PrintStream err;
    private final Map<String, Long> shown = new HashMap<>();
    private final long start = System.nanoTime();

    StderrProgress(PrintStream err) {
      this.err = err;
    }

    @Override
    public synchronized void progress(String part, long done, long total) {
      long tenth = total == 0 ? 10 : done * 10 / total;
      if (tenth > shown.getOrDefault(part, 0L)) {
        shown.put(part, tenth);
        err.printf(
            "%7.1f s  %-40s %3d%%  (%,d of %,d)%n", seconds(), part, tenth * 10, done, total);
      }
    }

    @Override
    public synchronized void finished(String part, long millis) {
      err.printf("%7.1f s  %-40s done in %.1f s%n", seconds(), part, millis / 1000.0);
    }

    private double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }
  }
}
