package org.pwckg.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pwckg.queries.NamedQuery;

/**
 * A stopping server aborts its whole-graph queries (VoID counts, every leaderboard) instead of
 * waiting for them: at archive scale they run 30–40 s, and {@code serve} did not exit on SIGTERM.
 */
class StoreStopTest {
  /** A count with no end in practice: 2,000³ solutions. Only an abort ends it. */
  private static final NamedQuery ENDLESS =
      NamedQuery.parse("endless", "SELECT (COUNT(*) AS ?n) { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }");

  private static Store storeOf(int triples) {
    Model model = ModelFactory.createDefaultModel();
    for (int i = 0; i < triples; i++) {
      model.add(
          model.createResource("urn:s" + i),
          model.createProperty("urn:p"),
          model.createTypedLiteral(i));
    }
    return new Store(DatasetFactory.create(model), Duration.ofSeconds(10));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against hanging, not a speed target
  void a_running_unbounded_query_is_aborted_when_the_store_stops() throws Exception {
    Store store = storeOf(2_000);
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<List<Row>> count =
        CompletableFuture.supplyAsync(
            () -> {
              started.countDown();
              return store.selectUnbounded(ENDLESS);
            });
    started.await();
    Thread.sleep(200); // into the query's evaluation
    store.stopUnbounded();
    assertThatThrownBy(count::join).hasCauseInstanceOf(CancellationException.class);
  }

  @Test
  void after_the_stop_an_unbounded_query_is_refused_and_a_bounded_one_still_runs() {
    Store store = storeOf(10);
    store.stopUnbounded();
    assertThatThrownBy(() -> store.selectUnbounded(ENDLESS))
        .isInstanceOf(CancellationException.class);
    assertThat(store.select(NamedQuery.parse("ten", "SELECT ?s { ?s ?p ?o }"), java.util.Map.of()))
        .hasSize(10);
  }
}
