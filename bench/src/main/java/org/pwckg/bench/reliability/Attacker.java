package org.pwckg.bench.reliability;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one attack's shots from its {@code attackers} clients (virtual threads, so a slowloris's
 * hundreds of held connections cost the harness little), round robin, until the time is up; each
 * client finishes the shot it is in.
 */
final class Attacker {
  private Attacker() {}

  static Tally run(Attack attack, Duration time) throws InterruptedException {
    Tally tally = new Tally();
    long deadline = System.nanoTime() + time.toNanos();
    AtomicLong next = new AtomicLong();
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < attack.attackers(); i++)
      clients.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    while (System.nanoTime() < deadline) {
                      Shot shot =
                          attack
                              .shots()
                              .get((int) (next.getAndIncrement() % attack.shots().size()));
                      try {
                        tally.add(shot, shot.sender().send(deadline));
                      } catch (IOException e) {
                        tally.failed(shot, e);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  }));
    for (Thread t : clients) t.join();
    return tally;
  }
}
