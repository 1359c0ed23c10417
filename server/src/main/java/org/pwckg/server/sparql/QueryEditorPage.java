package org.pwckg.server.sparql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.pwckg.queries.NamedQueries;
import org.pwckg.server.http.Html;

/**
 * The query editor a browser gets at /sparql: YASGUI, served from this server's own assets, with
 * one tab per example query of the catalogue. Without the assets (built without npm) it falls back
 * to a plain form, so the endpoint stays usable.
 */
public final class QueryEditorPage {
  static final String YASGUI_JS = "/assets/yasgui/yasgui.min.js";
  static final String YASGUI_CSS = "/assets/yasgui/yasgui.min.css";
  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryEditorPage() {}

  public static String render(String endpoint, List<NamedQueries.Example> examples) {
    boolean yasgui = QueryEditorPage.class.getResource("/public" + YASGUI_JS) != null;
    return yasgui ? withYasgui(endpoint, examples) : plainForm(examples);
  }

  private static String withYasgui(String endpoint, List<NamedQueries.Example> examples) {
    String head =
        "<link rel=\"stylesheet\" href=\""
            + YASGUI_CSS
            + "\"><script src=\""
            + YASGUI_JS
            + "\"></script>";
    String body =
        """
        <h1>SPARQL</h1>
        <div id="yasgui"></div>
        <script>
          const endpoint = %s;
          const examples = %s;
          const yasgui = new Yasgui(document.getElementById("yasgui"), {
            requestConfig: { endpoint: endpoint, method: "POST" },
            copyEndpointOnNewTab: true, persistenceId: null, autoAddOnInit: false, populateFromUrl: false
          });
          examples.forEach((e, i) => yasgui.addTab(i === 0, { name: e.title, yasqe: { value: e.text } }));
        </script>
        """
            .formatted(json(endpoint), json(examples));
    return Html.page("SPARQL – pwc-kg", head, body);
  }

  private static String plainForm(List<NamedQueries.Example> examples) {
    String first =
        examples.isEmpty() ? "SELECT * WHERE { ?s ?p ?o } LIMIT 10" : examples.getFirst().text();
    String body =
        """
        <h1>SPARQL</h1>
        <p class="muted">The YASGUI editor was not built into this server (scripts/web-assets.sh); a plain form instead.</p>
        <form method="post" action="/sparql">
          <textarea name="query" rows="20" style="width:100%%">%s</textarea>
          <p><button type="submit">Run</button> <input name="format" value="json" size="6"></p>
        </form>
        """
            .formatted(Html.escape(first));
    return Html.page("SPARQL – pwc-kg", "", body);
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
