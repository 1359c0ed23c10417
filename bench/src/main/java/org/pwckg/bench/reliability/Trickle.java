package org.pwckg.bench.reliability;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A soak's background: one hostile request every few seconds (each class in turn, a random request
 * of it) and a SPARQL Update with the token every few seconds (insert, then delete, one triple, so
 * the graph stays the same size while every update invalidates the answer cache and the index).
 */
final class Trickle implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
  private final Requests req;
  private final List<Attack> hostile;
  private final Tally attacks = new Tally();
  private final Tally updates = new Tally();
  private final AtomicLong attacked = new AtomicLong();
  private final AtomicLong updated = new AtomicLong();

  private Trickle(Requests req, List<Attack> hostile) {
    this.req = req;
    this.hostile = hostile;
  }

  static Trickle start(Requests req, List<Attack> hostile, int hostileEvery, int updateEvery) {
    Trickle t = new Trickle(req, hostile);
    t.timer.scheduleWithFixedDelay(t::attack, hostileEvery, hostileEvery, TimeUnit.SECONDS);
    t.timer.scheduleWithFixedDelay(t::update, updateEvery, updateEvery, TimeUnit.SECONDS);
    return t;
  }

  private void attack() {
    List<Shot> shots = hostile.get((int) (attacked.getAndIncrement() % hostile.size())).shots();
    Shot shot = shots.get(ThreadLocalRandom.current().nextInt(shots.size()));
    send(attacks, shot);
  }

  private void update() {
    long n = updated.getAndIncrement();
    String triple = "<urn:reliability:soak> <urn:reliability:turn> " + n / 2 + " .";
    String op = n % 2 == 0 ? "INSERT DATA { " + triple + " }" : "DELETE DATA { " + triple + " }";
    send(updates, Shot.of(op, d -> req.update(op), java.util.Set.of(204)));
  }

  private static void send(Tally tally, Shot shot) {
    try {
      tally.add(shot, shot.sender().send(System.nanoTime()));
    } catch (Exception e) {
      tally.failed(shot, e);
    }
  }

  String summary() {
    attacks.examples().forEach(e -> System.err.println("unexpected hostile answer: " + e));
    updates.examples().forEach(e -> System.err.println("unexpected update answer: " + e));
    return "Hostile trickle: "
        + attacks.sent()
        + " requests ("
        + attacks.statuses()
        + "), "
        + attacks.unexpected()
        + " unexpected; updates: "
        + updates.sent()
        + " ("
        + updates.statuses()
        + "), "
        + updates.unexpected()
        + " unexpected.";
  }

  @Override
  public void close() throws InterruptedException {
    // In-flight requests finish (a timed-out query within the server's limit): interrupting one
    // would count as the server closing the connection.
    timer.shutdown();
    timer.awaitTermination(1, TimeUnit.MINUTES);
  }
}
