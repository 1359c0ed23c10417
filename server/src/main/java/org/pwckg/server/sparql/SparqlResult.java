package org.pwckg.server.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSetRewindable;

/** What a query produced, fully read inside its transaction and time limit. */
public sealed interface SparqlResult {
  /** SELECT: the solutions; {@code capped} when the server's row cap cut them short. */
  record Solutions(ResultSetRewindable rows, boolean capped) implements SparqlResult {}

  /** ASK. */
  record Answer(boolean value) implements SparqlResult {}

  /** CONSTRUCT or DESCRIBE. */
  record Triples(Graph graph, boolean capped) implements SparqlResult {}
}
