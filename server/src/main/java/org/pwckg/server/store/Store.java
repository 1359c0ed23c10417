package org.pwckg.server.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.pwckg.ontology.store.GraphState;
import org.pwckg.ontology.store.TdbDatabase;
import org.pwckg.queries.NamedQueries;
import org.pwckg.queries.NamedQuery;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.error.Problem;

/**
 * The database as the server sees it: named queries run in a read transaction under the server's
 * timeout, so every query the API runs is stopped the same way as a user's SPARQL query.
 */
public final class Store implements AutoCloseable {
  private final Dataset dataset;
  private final Duration timeout;
  private final NamedQueries queries = new NamedQueries();
  private final Set<QueryExecution> unbounded = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  public Store(Dataset dataset, Duration timeout) {
    this.dataset = dataset;
    this.timeout = timeout;
  }

  /**
   * Opens an existing database; a folder without one is refused rather than silently created empty.
   */
  public static Store open(Path folder, Duration timeout) {
    return new Store(DatasetFactory.wrap(TdbDatabase.openExisting(folder)), timeout);
  }

  public Dataset dataset() {
    return dataset;
  }

  public DatasetGraph graph() {
    return dataset.asDatasetGraph();
  }

  public Duration timeout() {
    return timeout;
  }

  public NamedQuery query(String name) {
    return queries.get(name);
  }

  public <T> T read(Supplier<T> work) {
    return Txn.calculateRead(dataset, work::get);
  }

  /**
   * Runs a change to the graph, and stamps a fresh graph state in the same transaction: the keyword
   * index then tells, even after a restart, that it has not seen this change.
   */
  public void write(Runnable work) {
    Txn.executeWrite(
        dataset,
        () -> {
          work.run();
          GraphState.stamp(dataset.asDatasetGraph());
        });
  }

  /**
   * The first row of {@code name}, an entity's own description; a 404 saying {@code missing} when
   * the entity is not in the graph.
   */
  public Row first(String name, Map<String, Node> params, String missing) {
    List<Row> rows = select(name, params);
    if (rows.isEmpty()) throw ApiException.notFound(missing);
    return rows.getFirst();
  }

  public List<Row> select(String name, Map<String, Node> params) {
    return select(queries.get(name), params);
  }

  public List<Row> select(NamedQuery query, Map<String, Node> params) {
    return run(
        query,
        params,
        qe -> {
          List<Row> rows = new ArrayList<>();
          ResultSet rs = qe.execSelect();
          while (rs.hasNext()) rows.add(new Row(rs.nextBinding().detach()));
          return rows;
        });
  }

  /** The number of solutions of {@code name} (see {@link NamedQuery#count()}). */
  public long count(String name, Map<String, Node> params) {
    List<Row> rows = select(queries.count(name), params);
    return rows.isEmpty() ? 0 : rows.getFirst().count("count");
  }

  public boolean ask(String name, Map<String, Node> params) {
    return run(queries.get(name), params, QueryExecution::execAsk);
  }

  public Graph construct(String name, Map<String, Node> params) {
    return run(queries.get(name), params, qe -> qe.execConstruct().getGraph());
  }

  /** The base of the entity IRIs recorded by the ingest, if the database has one. */
  public Optional<String> recordedBase() {
    return selectUnbounded("ingest-base").stream()
        .map(r -> r.text("base"))
        .filter(Objects::nonNull)
        .findFirst();
  }

  /**
   * Runs a query without the per-request timeout: for the server's own statistics only. {@link
   * #stopUnbounded()} stops it; it then throws {@link CancellationException}.
   */
  public List<Row> selectUnbounded(String name) {
    return selectUnbounded(queries.get(name));
  }

  List<Row> selectUnbounded(NamedQuery query) {
    return read(
        () -> {
          QueryExecution qe = query.on(graph(), Map.of());
          unbounded.add(qe);
          // Checked after registering, so a stop between the two still reaches this query.
          if (stopping) qe.abort();
          try (qe) {
            List<Row> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) rows.add(new Row(rs.nextBinding().detach()));
            return rows;
          } catch (QueryCancelledException e) {
            throw new CancellationException("the server is stopping");
          } finally {
            unbounded.remove(qe);
          }
        });
  }

  /**
   * Aborts the unbounded queries running now and refuses later ones: a server that is stopping does
   * not wait for a count of the whole archive (30–40 s at full scale) to end.
   */
  public void stopUnbounded() {
    stopping = true;
    unbounded.forEach(QueryExecution::abort);
  }

  private <T> T run(NamedQuery query, Map<String, Node> params, Function<QueryExecution, T> body) {
    return read(
        () -> {
          try (QueryExecution qe =
              query
                  .builder(graph(), params)
                  .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                  .set(ARQ.httpServiceAllowed, false)
                  .build()) {
            return body.apply(qe);
          } catch (QueryCancelledException e) {
            throw timedOut(timeout);
          }
        });
  }

  /** The answer to a query stopped by the timeout, the same for the API and SPARQL. */
  public static ApiException timedOut(Duration limit) {
    return new ApiException(
        Problem.QUERY_TIMEOUT,
        "The query ran longer than "
            + limit.toMillis()
            + " ms and was stopped; narrow it down or add a LIMIT.");
  }

  @Override
  public void close() {
    dataset.close();
  }
}
