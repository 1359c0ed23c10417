package org.pwckg.queries;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.core.Var;

/**
 * One SPARQL query of the product, parsed once from its {@code .rq} file. Parameters are bound as
 * RDF terms through Jena's substitution, never spliced into the query text, so user input cannot
 * change the query's shape.
 */
public record NamedQuery(String name, Query query) {

  public static NamedQuery parse(String name, String text) {
    return new NamedQuery(name, QueryFactory.create(text));
  }

  /** A ready-to-run execution with {@code params} (variable name → term) substituted. */
  public QueryExecution on(DatasetGraph dataset, Map<String, Node> params) {
    return QueryExecution.create().dataset(DatasetFactory.wrap(dataset)).query(query).substitution(binding(params)).build();
  }

  private static Binding binding(Map<String, Node> params) {
    BindingBuilder builder = BindingBuilder.create();
    params.forEach((variable, value) -> builder.add(Var.alloc(variable), value));
    return builder.build();
  }
}
