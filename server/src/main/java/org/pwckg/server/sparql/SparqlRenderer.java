package org.pwckg.server.sparql;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.pwckg.ontology.Namespaces;
import org.pwckg.server.http.Format;

/** Writes query results and graphs with Jena's own writers, in the negotiated format. */
public final class SparqlRenderer {
  /** Set when the server's row cap, not the query, ended the results. */
  public static final String CAPPED_HEADER = "X-Result-Limit-Reached";

  private SparqlRenderer() {}

  public static void write(Context ctx, SparqlResult result, Format format) {
    if (capped(result)) ctx.header(CAPPED_HEADER, "true");
    ctx.header("Vary", "Accept").contentType(format.contentType()).result(bytes(result, format));
  }

  /** The result written in {@code format} (solutions are read from their start). */
  public static byte[] bytes(SparqlResult result, Format format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (result) {
      case SparqlResult.Solutions s -> {
        s.rows().reset();
        ResultSetFormatter.output(out, s.rows(), format.lang());
      }
      case SparqlResult.Answer a ->
          ResultsWriter.create().lang(format.lang()).build().write(out, a.value());
      case SparqlResult.Triples t -> writeGraph(out, t.graph(), format);
    }
    return out.toByteArray();
  }

  public static boolean capped(SparqlResult result) {
    return switch (result) {
      case SparqlResult.Solutions s -> s.capped();
      case SparqlResult.Answer a -> false;
      case SparqlResult.Triples t -> t.capped();
    };
  }

  /**
   * A graph in an RDF format; a graph without prefixes (a fresh result) gets the knowledge graph's.
   */
  public static void writeGraph(OutputStream out, Graph graph, Format format) {
    if (graph.getPrefixMapping().numPrefixes() == 0)
      graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
    RDFDataMgr.write(out, graph, format.rdfFormat());
  }
}
