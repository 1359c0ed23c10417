package org.pwckg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pwckg.ontology.store.TdbDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    description = {
      "Shows what the knowledge graph holds: triples; entities per class (papers, authors, tasks, datasets, "
          + "methods, repositories, code links, evaluation tables, results, metrics, models); leaderboard "
          + "values parsed, unparseable and empty (\"\" in the dump: no value, not an error); results by how their paper was matched."
    },
    footer = ExitCodes.HELP_FOOTER)
final class StatsCommand implements Callable<Integer> {
  @Mixin DatabaseOption database;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    return Failures.run(
        () -> {
          GraphStats stats = GraphStats.of(TdbDatabase.openExisting(database.path()));
          System.out.println(json ? json(stats) : text(stats));
          return ExitCodes.OK;
        });
  }

  private static String json(GraphStats s) throws Exception {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("triples", s.triples());
    doc.put("entities", s.entities());
    doc.put("values", s.values());
    doc.put("matches", s.matches());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
  }

  private static String text(GraphStats s) {
    StringBuilder out = new StringBuilder(String.format("%-22s %,12d%n", "triples", s.triples()));
    section(out, "entities", s.entities());
    section(out, "leaderboard values", s.values());
    section(out, "results by paper match", s.matches());
    return out.toString().stripTrailing();
  }

  private static void section(StringBuilder out, String title, Map<String, Long> counts) {
    out.append(title).append(':').append(System.lineSeparator());
    counts.forEach((k, v) -> out.append(String.format("  %-20s %,12d%n", k, v)));
  }
}
