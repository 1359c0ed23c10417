package org.pwckg.server.sparql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pwckg.queries.NamedQueries;
import org.pwckg.server.http.Html;

/**
 * The query editor a browser gets at /sparql: YASGUI, served from this server's own assets, with
 * one tab per example query of the catalogue. A browser that follows a link to a query ({@code
 * /sparql?query=…}) gets the editor with that query open and its results shown, as Fuseki's UI
 * does, rather than a download: the server runs the query once and puts the results both in an HTML
 * table (the page works without JavaScript) and in the tab, so YASGUI need not run it again.
 * Without the assets (built without npm) a plain form stands in, so the endpoint stays usable.
 */
public final class QueryEditorPage {
  static final String YASGUI_JS = "/assets/yasgui/yasgui.min.js";
  static final String YASGUI_CSS = "/assets/yasgui/yasgui.min.css";
  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryEditorPage() {}

  /**
   * A query opened from a link, and what running it gave.
   *
   * @param resultsHtml the results as HTML, or the error as HTML
   * @param yasrResponse the results as YASR stores them; null: YASGUI runs the query itself (too
   *     many rows to embed) or shows nothing (the query failed)
   * @param failed whether the query failed (then YASGUI must not run it again either)
   */
  public record Opened(
      String query, String resultsHtml, Map<String, Object> yasrResponse, boolean failed) {

    static Opened ran(String query, SparqlResult result, long millis) {
      return new Opened(
          query,
          ResultsView.table(result, millis),
          ResultsView.yasrResponse(result, millis),
          false);
    }

    static Opened failed(String query, String message) {
      return new Opened(query, "<p class=\"error\">" + Html.escape(message) + "</p>", null, true);
    }
  }

  public static String render(String endpoint, List<NamedQueries.Example> examples) {
    return render(endpoint, examples, null);
  }

  /** The editor, with {@code opened} (may be null) as the first, active tab. */
  public static String render(String endpoint, List<NamedQueries.Example> examples, Opened opened) {
    boolean yasgui = QueryEditorPage.class.getResource("/public" + YASGUI_JS) != null;
    return yasgui ? withYasgui(endpoint, examples, opened) : plainForm(examples, opened);
  }

  private static String withYasgui(
      String endpoint, List<NamedQueries.Example> examples, Opened opened) {
    String head =
        "<link rel=\"stylesheet\" href=\""
            + YASGUI_CSS
            + "\"><script src=\""
            + YASGUI_JS
            + "\"></script>";
    // The server's rendering stays for a browser without JavaScript; YASGUI replaces it.
    String body =
        """
        <h1>SPARQL</h1>
        <div id="yasgui"></div>
        %s
        <script>
          const endpoint = %s;
          const examples = %s;
          const opened = %s;
          const yasgui = new Yasgui(document.getElementById("yasgui"), {
            requestConfig: { endpoint: endpoint, method: "POST" },
            copyEndpointOnNewTab: true, persistenceId: null, autoAddOnInit: false, populateFromUrl: false
          });
          if (opened) {
            const tab = yasgui.addTab(true, { name: "Query", yasqe: { value: opened.query },
              yasr: { response: opened.response || undefined } });
            if (!opened.response && !opened.failed) tab.query();
          }
          examples.forEach((e, i) => yasgui.addTab(!opened && i === 0, { name: e.title, yasqe: { value: e.text } }));
          if (!opened || !opened.failed) document.getElementById("server-rendered")?.remove();
        </script>
        """
            .formatted(
                serverRendered(opened), json(endpoint), json(examples), json(openedJson(opened)));
    return Html.page("SPARQL – pwc-kg", head, body);
  }

  private static String plainForm(List<NamedQueries.Example> examples, Opened opened) {
    String first =
        opened != null
            ? opened.query()
            : examples.isEmpty()
                ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10"
                : examples.getFirst().text();
    String body =
        """
        <h1>SPARQL</h1>
        <p class="muted">The YASGUI editor was not built into this server (scripts/web-assets.sh); a plain form instead.</p>
        <form method="post" action="/sparql">
          <textarea name="query" rows="20" style="width:100%%">%s</textarea>
          <p><button type="submit">Run</button> <input name="format" value="json" size="6"></p>
        </form>
        %s
        """
            .formatted(
                Html.escape(first), opened == null ? "" : resultsSection(opened.resultsHtml()));
    return Html.page("SPARQL – pwc-kg", "", body);
  }

  /** The query and its results as the server renders them (removed by YASGUI's script). */
  private static String serverRendered(Opened opened) {
    if (opened == null) return "";
    return "<div id=\"server-rendered\"><pre class=\"query\">"
        + Html.escape(opened.query())
        + "</pre>"
        + resultsSection(opened.resultsHtml())
        + "</div>";
  }

  private static String resultsSection(String resultsHtml) {
    return "<section id=\"results\"><h2>Results</h2>" + resultsHtml + "</section>";
  }

  private static Map<String, Object> openedJson(Opened opened) {
    if (opened == null) return null;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", opened.query());
    out.put("response", opened.yasrResponse());
    out.put("failed", opened.failed());
    return out;
  }

  /** JSON is valid JavaScript; "</" is escaped so a query cannot close the script element. */
  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
