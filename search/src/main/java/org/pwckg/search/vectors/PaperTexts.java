package org.pwckg.search.vectors;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.sparql.core.DatasetGraph;
import org.pwckg.embed.job.EmbedDoc;
import org.pwckg.queries.NamedQueries;

/**
 * The text each paper is embedded by (title, then abstract: {@link EmbedDoc#paper}), read from the
 * graph with the named query {@code papers-text}. The text embedder, the DeepSeek-VL export and the
 * search benchmark all read papers here, so their vectors describe the same text. Call inside a
 * read transaction.
 */
public final class PaperTexts {
  private PaperTexts() {}

  /** How many papers the graph holds (the size of a full run, for progress). */
  public static long count(DatasetGraph dsg) {
    try (QueryExecution q = new NamedQueries().get("count-papers").on(dsg, Map.of())) {
      return q.execSelect().next().getLiteral("papers").getLong();
    }
  }

  /** Streams the papers' documents to {@code reader}; the query is closed when it returns. */
  public static <T> T read(DatasetGraph dsg, Function<Iterator<EmbedDoc>, T> reader) {
    try (QueryExecution q = new NamedQueries().get("papers-text").on(dsg, Map.of())) {
      ResultSet rows = q.execSelect();
      return reader.apply(
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public EmbedDoc next() {
              return doc(rows.next());
            }
          });
    }
  }

  /** Every paper's document, in query order. */
  public static List<EmbedDoc> all(DatasetGraph dsg) {
    return read(
        dsg,
        docs -> {
          List<EmbedDoc> out = new ArrayList<>();
          docs.forEachRemaining(out::add);
          return out;
        });
  }

  private static EmbedDoc doc(QuerySolution row) {
    Literal abstractText = row.getLiteral("abstract");
    return EmbedDoc.paper(
        row.getResource("paper").getURI(),
        row.getLiteral("title").getLexicalForm(),
        abstractText == null ? null : abstractText.getLexicalForm());
  }
}
