package org.pwckg.server.sparql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.pwckg.server.sparql.eval.SafeEvaluation;
import org.pwckg.server.store.Store;

/**
 * Runs a user's query against the database: read transaction, the protocol's dataset, the server's
 * row cap and Jena's timeout (which cancels the query's iterators, so a runaway query really stops
 * and frees its thread, regular expressions included: see {@link SafeEvaluation}). SERVICE is
 * refused: the endpoint must not fetch from the network on a stranger's behalf.
 */
public final class SparqlExecutor {
  private final Store store;
  private final int maxRows;

  public SparqlExecutor(Store store, int maxRows) {
    this.store = store;
    this.maxRows = maxRows;
  }

  /**
   * Runs {@code query}, which this call owns and changes (its LIMIT and dataset description): the
   * query was parsed for this request, and Jena's cloneQuery would print and re-parse it.
   */
  SparqlResult execute(Query query, DatasetDescription protocolGraphs, TimeBudget budget) {
    DatasetDescription graphs =
        protocolGraphs.isEmpty() ? DatasetDescription.create(query) : protocolGraphs;
    query.getGraphURIs().clear();
    query.getNamedGraphURIs().clear();
    boolean capped = cap(query);
    Duration timeout = budget.left();
    return store.read(
        () -> {
          DatasetGraph target =
              graphs == null || graphs.isEmpty()
                  ? store.graph()
                  : DynamicDatasets.dynamicDataset(graphs, store.graph(), false);
          try (QueryExecution qe =
              QueryExecution.create()
                  .dataset(DatasetFactory.wrap(target))
                  .query(SafeEvaluation.rewrite(query))
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .set(ARQ.httpServiceAllowed, false)
                  .set(ARQConstants.registryFunctions, SafeEvaluation.functions())
                  .set(
                      ARQConstants.registryPropertyFunctions,
                      SafeEvaluation.propertyFunctions(store.graph()))
                  .build()) {
            return run(qe, query, capped);
          } catch (QueryCancelledException e) {
            throw budget.exceeded();
          }
        });
  }

  private SparqlResult run(QueryExecution qe, Query query, boolean capped) {
    if (query.isSelectType()) {
      ResultSetRewindable rows = detached(qe.execSelect());
      return new SparqlResult.Solutions(rows, capped && rows.size() >= maxRows);
    }
    if (query.isAskType()) return new SparqlResult.Answer(qe.execAsk());
    Graph graph =
        query.isConstructType() ? qe.execConstruct().getGraph() : qe.execDescribe().getGraph();
    return new SparqlResult.Triples(graph, capped && graph.size() >= maxRows);
  }

  /**
   * The solutions read now, inside the transaction, into bindings that no longer need the database.
   */
  private static ResultSetRewindable detached(ResultSet rs) {
    List<Binding> rows = new ArrayList<>();
    while (rs.hasNext()) rows.add(rs.nextBinding().detach());
    List<Var> vars = rs.getResultVars().stream().map(Var::alloc).toList();
    return ResultSetFactory.makeRewindable(RowSetStream.create(vars, rows.iterator()));
  }

  /** Lowers the query's LIMIT to the row cap; true when the cap, not the query, sets the limit. */
  private boolean cap(Query query) {
    if (query.isAskType()) return false;
    if (query.hasLimit() && query.getLimit() <= maxRows) return false;
    query.setLimit(maxRows);
    return true;
  }
}
