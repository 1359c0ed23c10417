package org.pwckg.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.pwckg.ontology.Namespaces;
import org.pwckg.server.http.Format;
import org.pwckg.server.http.Html;
import org.pwckg.server.http.Negotiation;
import org.pwckg.server.http.PublicUrls;

/** The HTML a browser gets for an entity: its properties, links to neighbours, other formats. */
public final class EntityPage {
  private static final PrefixMapping PREFIXES = Namespaces.prefixes();
  private static final List<String> NAME_PROPERTIES =
      List.of(Namespaces.DCTERMS + "title", Namespaces.RDFS + "label", Namespaces.FOAF + "name");

  private EntityPage() {}

  /**
   * @param root the entity the page is about; other subjects of {@code graph} follow as sections
   * @param path the server path of the page, for the links to other formats
   */
  public static String render(
      Graph graph, String root, Map<String, String> labels, PublicUrls urls, String path) {
    String title = name(graph, root);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    body.append("<p class=\"muted\"><code>").append(Html.escape(root)).append("</code> · ");
    for (Format f : Negotiation.GRAPHS) {
      body.append("<a href=\"")
          .append(Html.escape(path + "." + f.suffix()))
          .append("\">")
          .append(f.suffix())
          .append("</a> ");
    }
    body.append("</p>\n");
    for (Node subject : subjects(graph, root)) {
      if (!subject.getURI().equals(root))
        body.append("<h2><code>")
            .append(Html.escape(shortName(subject.getURI(), root)))
            .append("</code></h2>\n");
      body.append(table(graph, subject, labels, urls));
    }
    return Html.page(title + " – pwc-kg", "", body.toString());
  }

  private static List<Node> subjects(Graph graph, String root) {
    List<Node> subjects = new ArrayList<>();
    subjects.add(NodeFactory.createURI(root));
    graph
        .find()
        .mapWith(Triple::getSubject)
        .filterKeep(Node::isURI)
        .forEach(
            s -> {
              if (!subjects.contains(s)) subjects.add(s);
            });
    return subjects;
  }

  private static String table(
      Graph graph, Node subject, Map<String, String> labels, PublicUrls urls) {
    Map<String, List<String>> rows = new TreeMap<>();
    graph
        .find(subject, Node.ANY, Node.ANY)
        .forEach(
            t ->
                rows.computeIfAbsent(
                        PREFIXES.shortForm(t.getPredicate().getURI()), k -> new ArrayList<>())
                    .add(value(t.getObject(), labels, urls)));
    StringBuilder sb = new StringBuilder("<table>\n");
    rows.forEach(
        (p, values) ->
            sb.append("<tr><th>")
                .append(Html.escape(p))
                .append("</th><td>")
                .append(String.join("<br>", values))
                .append("</td></tr>\n"));
    return sb.append("</table>\n").toString();
  }

  private static String value(Node o, Map<String, String> labels, PublicUrls urls) {
    if (o.isLiteral()) return Html.escape(o.getLiteralLexicalForm());
    if (!o.isURI()) return Html.escape(o.toString());
    String iri = o.getURI();
    String local = urls.localPath(iri);
    String href = local != null ? local : iri;
    String text = labels.getOrDefault(iri, PREFIXES.shortForm(iri));
    return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
  }

  static String name(Graph graph, String iri) {
    Node s = NodeFactory.createURI(iri);
    for (String p : NAME_PROPERTIES) {
      var it = graph.find(s, NodeFactory.createURI(p), Node.ANY);
      if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
    }
    return iri;
  }

  private static String shortName(String iri, String root) {
    return iri.startsWith(root) ? "…" + iri.substring(root.length()) : iri;
  }
}
