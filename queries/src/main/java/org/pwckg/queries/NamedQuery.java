package org.pwckg.queries;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

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
    return builder(dataset, params).build();
  }

  /** The execution builder, for callers that add a timeout or context before building. */
  public QueryExecutionDatasetBuilder builder(DatasetGraph dataset, Map<String, Node> params) {
    return QueryExecution.create()
        .dataset(DatasetFactory.wrap(dataset))
        .query(query)
        .substitution(binding(params));
  }

  /**
   * The same query restricted to one page of solutions; the catalogue's copy is untouched. A
   * shallow copy where it can be: the pattern is shared (never changed), only LIMIT and OFFSET
   * differ. Jena's shallow copy drops the aggregators, so a grouped query (MIN(?label) AS ?name)
   * would page with its aggregated columns unbound: it is copied in full.
   */
  public NamedQuery page(long limit, long offset) {
    Query paged =
        query.hasAggregators() ? query.cloneQuery() : QueryTransformOps.shallowCopy(query);
    paged.setLimit(limit);
    paged.setOffset(offset);
    return new NamedQuery(name, paged);
  }

  /**
   * {@code SELECT (COUNT(*) AS ?count) { <this query> }}: how many solutions the query has, built
   * on the parsed query so the count and the pages always agree.
   */
  public NamedQuery count() {
    Query inner = query.cloneQuery();
    inner.setLimit(Query.NOLIMIT);
    inner.setOffset(Query.NOLIMIT);
    if (inner.hasOrderBy()) inner.getOrderBy().clear();
    Query counting = new Query();
    counting.setQuerySelectType();
    counting.setPrefixMapping(query.getPrefixMapping());
    ElementGroup body = new ElementGroup();
    body.addElement(new ElementSubQuery(inner));
    counting.setQueryPattern(body);
    counting.getProject().add(Var.alloc("count"), counting.allocAggregate(new AggCount()));
    return new NamedQuery(name + "#count", counting);
  }

  private static Binding binding(Map<String, Node> params) {
    BindingBuilder builder = BindingBuilder.create();
    params.forEach((variable, value) -> builder.add(Var.alloc(variable), value));
    return builder.build();
  }
}
