package org.pwckg.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.embed.index.ModelMismatchException;
import org.pwckg.embed.model.Embedder;
import org.pwckg.ontology.Iris;
import org.pwckg.ontology.Vocab;
import org.pwckg.queries.NamedQueries;
import org.pwckg.search.index.EntityReader;
import org.pwckg.search.related.RelateResult;
import org.pwckg.search.related.RelatedGraph;

/**
 * What keeps search in step with the graph and the vectors, called by the commands that change
 * them: after an ingest the keyword index is synced; after an ingest or an embed, related-paper
 * links that {@code pwckg relate} materialised before are refreshed (skipped when nothing they
 * depend on changed). Links are never computed for the first time here: that is {@code pwckg
 * relate}.
 */
public final class SearchMaintenance {
  private SearchMaintenance() {}

  /**
   * Syncs the keyword index of {@code db} with its graph, then refreshes materialised links.
   * Returns what it did.
   */
  public static List<String> afterIngest(
      Path db, DatasetGraph dsg, Iris iris, Supplier<Embedder> embedder) {
    List<String> done = new ArrayList<>();
    try (SearchStack stack = open(db, iris, embedder, done)) {
      done.add(stack.keyword().sync(dsg, new EntityReader()).summary());
      refreshLinks(stack, dsg, iris, done);
    }
    return done;
  }

  /** Refreshes materialised links after the vectors changed. Returns what it did. */
  public static List<String> afterEmbed(
      Path db, DatasetGraph dsg, Iris iris, Supplier<Embedder> embedder) {
    List<String> done = new ArrayList<>();
    try (SearchStack stack = open(db, iris, embedder, done)) {
      refreshLinks(stack, dsg, iris, done);
    }
    return done;
  }

  /** The IRI scheme the database was built with (recorded by the ingest), else the default. */
  public static Iris recordedIris(DatasetGraph dsg) {
    return Txn.calculateRead(
        dsg,
        () -> {
          try (QueryExecution qe = new NamedQueries().get("ingest-base").on(dsg, Map.of())) {
            ResultSet rows = qe.execSelect();
            return rows.hasNext()
                ? new Iris(rows.next().getLiteral("base").getLexicalForm())
                : Iris.DEFAULT;
          }
        });
  }

  /** Whether {@code pwckg relate} has written links into this database. */
  public static boolean hasLinks(DatasetGraph dsg, Iris iris) {
    RelatedGraph graph = new RelatedGraph(iris);
    return Txn.calculateRead(
        dsg, () -> dsg.contains(graph.graph(), graph.run(), Vocab.TYPE, Node.ANY));
  }

  private static void refreshLinks(
      SearchStack stack, DatasetGraph dsg, Iris iris, List<String> done) {
    if (!hasLinks(dsg, iris)) return;
    RelateResult result = stack.relateJob().run(dsg, linksPerPaper(dsg, iris), false);
    done.add(result.summary());
  }

  /** The k of the links in place (their highest rank), so a refresh keeps what the user chose. */
  static int linksPerPaper(DatasetGraph dsg, Iris iris) {
    RelatedGraph graph = new RelatedGraph(iris);
    return Txn.calculateRead(
        dsg,
        () -> {
          int k = 1;
          var it = dsg.find(graph.graph(), Node.ANY, Vocab.POSITION, Node.ANY);
          while (it.hasNext())
            k = Math.max(k, Integer.parseInt(it.next().getObject().getLiteralLexicalForm()));
          return Math.min(k, org.pwckg.search.related.RelatedPapers.MAX_K);
        });
  }

  private static SearchStack open(
      Path db, Iris iris, Supplier<Embedder> embedder, List<String> done) {
    try {
      return SearchStack.open(db, iris, embedder);
    } catch (ModelMismatchException e) {
      done.add("Related-paper links use graph signals only: " + e.getMessage());
      return SearchStack.keywordOnly(db, iris);
    }
  }
}
