package org.pwckg.server.sparql;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.pwckg.server.http.Format;
import org.pwckg.server.http.Html;

/**
 * A query's result on the query editor page: an HTML table the server renders (the page shows the
 * results without JavaScript), and the same result as YASR's stored response, so YASGUI shows it
 * without running the query a second time. Both stop at {@link #SHOWN} rows; beyond, YASGUI runs
 * the query itself for the full result.
 */
final class ResultsView {
  static final int SHOWN = 1_000;

  private ResultsView() {}

  static String table(SparqlResult result, long millis) {
    return switch (result) {
      case SparqlResult.Answer a ->
          "<p>Answer: <b>"
              + a.value()
              + "</b> <span class=\"muted\">("
              + millis
              + " ms)</span></p>";
      case SparqlResult.Solutions s -> solutions(s.rows(), millis);
      case SparqlResult.Triples t -> triples(t.graph().find().toList(), millis);
    };
  }

  /**
   * YASR's stored response ({@code data}, {@code contentType}, {@code status}, {@code
   * executionTime}), or null when the result has more than {@link #SHOWN} rows.
   */
  static Map<String, Object> yasrResponse(SparqlResult result, long millis) {
    Format format = result instanceof SparqlResult.Triples ? Format.TURTLE : Format.SPARQL_JSON;
    if (size(result) > SHOWN) return null;
    return Map.of(
        "data",
        new String(SparqlRenderer.bytes(result, format), StandardCharsets.UTF_8),
        "contentType",
        format.mediaType(),
        "status",
        200,
        "executionTime",
        millis);
  }

  private static long size(SparqlResult result) {
    return switch (result) {
      case SparqlResult.Answer a -> 1;
      case SparqlResult.Solutions s -> s.rows().size();
      case SparqlResult.Triples t -> t.graph().size();
    };
  }

  private static String solutions(ResultSetRewindable rows, long millis) {
    rows.reset();
    List<String> vars = rows.getResultVars();
    StringBuilder html = new StringBuilder(summary(rows.size(), "row", millis));
    html.append("<table class=\"results\"><tr>");
    vars.forEach(v -> html.append("<th>").append(Html.escape(v)).append("</th>"));
    html.append("</tr>\n");
    for (int i = 0; i < SHOWN && rows.hasNext(); i++) {
      Binding b = rows.nextBinding();
      html.append("<tr>");
      vars.forEach(v -> html.append("<td>").append(cell(b.get(Var.alloc(v)))).append("</td>"));
      html.append("</tr>\n");
    }
    return html.append("</table>").toString();
  }

  private static String triples(List<Triple> triples, long millis) {
    StringBuilder html = new StringBuilder(summary(triples.size(), "triple", millis));
    html.append(
        "<table class=\"results\"><tr><th>subject</th><th>predicate</th><th>object</th></tr>\n");
    Iterator<Triple> it = triples.iterator();
    for (int i = 0; i < SHOWN && it.hasNext(); i++) {
      Triple t = it.next();
      html.append("<tr><td>").append(cell(t.getSubject())).append("</td><td>");
      html.append(cell(t.getPredicate())).append("</td><td>").append(cell(t.getObject()));
      html.append("</td></tr>\n");
    }
    return html.append("</table>").toString();
  }

  private static String summary(long count, String unit, long millis) {
    String shown = count > SHOWN ? " (the first " + SHOWN + " shown)" : "";
    return "<p class=\"muted\">"
        + count
        + " "
        + unit
        + (count == 1 ? "" : "s")
        + shown
        + " in "
        + millis
        + " ms</p>";
  }

  private static String cell(Node n) {
    if (n == null) return "";
    if (n.isURI())
      return "<a href=\"" + Html.escape(n.getURI()) + "\">" + Html.escape(n.getURI()) + "</a>";
    if (n.isBlank()) return "_:" + Html.escape(n.getBlankNodeLabel());
    if (!n.isLiteral()) return Html.escape(n.toString());
    String lang = n.getLiteralLanguage();
    return Html.escape(n.getLiteralLexicalForm())
        + (lang == null || lang.isEmpty()
            ? ""
            : "<span class=\"muted\">@" + Html.escape(lang) + "</span>");
  }
}
