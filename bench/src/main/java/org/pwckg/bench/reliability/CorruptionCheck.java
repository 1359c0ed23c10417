package org.pwckg.bench.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.ontology.store.DatabaseLayout;
import org.pwckg.ontology.store.TdbDatabase;

/** Ingests one class's dumps with the CLI and checks what came of it. */
record CorruptionCheck(Pwckg pwckg, long cleanResults) {
  CorruptionReport run(String name, Plan plan, Path folder, String tag)
      throws IOException, InterruptedException {
    Path db = folder.resolve("db");
    Pwckg.Exit exit =
        pwckg.run(
            tag, List.of("ingest", "--db", db.toString(), folder.resolve("dumps").toString()));
    String log = Files.readString(exit.log());
    // A crash: an exit code the help does not list, or a stack trace reaching the user.
    boolean crashed =
        exit.code() < 0
            || exit.code() > 2
            || log.contains("\tat ")
            || log.contains("Exception in thread")
            || log.contains("Internal error");
    int kept = TdbDatabase.exists(db) ? withTitle(db, plan.goodSlugs).size() : 0;
    long results = plan.countsResults && TdbDatabase.exists(db) ? results(db) : -1;
    return new CorruptionReport(
        name,
        plan.damaged.size(),
        kept,
        plan.goodSlugs.size(),
        reported(db, plan),
        plan.mustReport,
        exit.code(),
        crashed ? 1 : 0,
        results < 0 ? null : new long[] {results, cleanResults},
        serves(db, tag));
  }

  /**
   * The damaged units that a report line names: "FILE record N field F: reason", or "FILE: the same
   * content as OTHER; read once" (two empty files are one file, read once).
   */
  private static int reported(Path db, Plan plan) throws IOException {
    Path report = DatabaseLayout.ingestReport(db);
    if (!Files.exists(report)) return 0;
    Set<String> named = new HashSet<>();
    for (String line : Files.readAllLines(report)) {
      int field = line.indexOf(" field ");
      if (field > 0) named.add(line.substring(0, field));
      int same = line.indexOf(": the same content as ");
      if (same > 0) named.add(line.substring(0, same));
    }
    return (int)
        plan.damaged.stream()
            .filter(d -> named.contains(d) || named.contains(d.substring(0, d.indexOf(" record "))))
            .count();
  }

  /** The leaderboard rows ({@code pwc:Result}) in the graph. */
  static long results(Path db) {
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    try {
      return Txn.calculateRead(
          dsg, () -> dsg.stream(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.RESULT).count());
    } finally {
      TDBInternal.expel(dsg);
    }
  }

  private String serves(Path db, String tag) throws InterruptedException {
    try (ServerProcess s = ServerProcess.start(pwckg, db, tag + "-serve", Map.of(), List.of())) {
      int home = s.status("/"), search = s.status("/api/v1/search?q=network");
      return home == 200 && search == 200 ? "yes" : "no (/ " + home + ", search " + search + ")";
    } catch (IOException | RuntimeException e) {
      return "no (" + e.getMessage() + ")";
    }
  }

  /** Of these paper slugs, those whose paper has a title in the graph. */
  static List<String> withTitle(Path db, List<String> slugs) {
    DatasetGraph dsg = TdbDatabase.openExisting(db);
    try {
      return Txn.calculateRead(
          dsg,
          () ->
              slugs.stream()
                  .filter(
                      s ->
                          dsg.find(Node.ANY, Iris.DEFAULT.paper(s), Vocab.TITLE, Node.ANY)
                              .hasNext())
                  .toList());
    } finally {
      TDBInternal.expel(dsg);
    }
  }
}
