package org.pwckg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pwckg.ingest.figures.FigureIngest;
import org.pwckg.ingest.figures.FigureOptions;
import org.pwckg.ingest.figures.FigureResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Ingests paper figures listed in a manifest into the knowledge graph.",
      "FIGURES is a folder holding figures.jsonl, or the manifest itself: one JSON object a line with "
          + "arxiv_id, paper_url, file (relative to the manifest's folder) and caption; nulls are allowed.",
      "Each image becomes a schema:ImageObject figure/{sha256} with caption, pixel size, format, byte size and "
          + "checksum, part of its paper (matched by PWC paper URL, then arXiv id; ingest the papers first). "
          + "The files and 320-pixel PNG thumbnails are kept in <db>/figures/.",
      "Missing, corrupt or oversized images are reported (line, field, reason) and skipped; a figure whose "
          + "paper is not in the graph is reported and kept without a paper link. The graph changes are one "
          + "transaction."
    },
    footer = ExitCodes.HELP_FOOTER)
final class FiguresCommand implements Callable<Integer> {
  @Mixin DatabaseOption database;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      defaultValue = "" + FigureOptions.DEFAULT_MAX_BYTES,
      description = "Largest image file accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(
      names = "--strict",
      description = "Fail the run, writing nothing to the graph, at the first problem.")
  boolean strict;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Report file (default: <db>/figures-report.txt).")
  Path report;

  @Mixin BaseIriOption baseIri;

  @Parameters(
      paramLabel = "FIGURES",
      description = "Folder with figures.jsonl, or the manifest file.")
  Path figures;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          FigureResult result =
              FigureIngest.run(
                  new FigureOptions(
                      database.path(),
                      figures,
                      maxBytes,
                      FigureOptions.DEFAULT_MAX_PIXELS,
                      report,
                      baseIri.iri(),
                      strict));
          System.out.println(result.summary());
          if (result.partial()) System.out.println("Problems were reported in " + result.report());
          return result.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
        });
  }
}
