package org.pwckg.server.sparql;

import java.time.Duration;
import org.pwckg.server.error.ApiException;
import org.pwckg.server.store.Store;

/**
 * A request's time limit, counted from when its parsing began: parsing spends it too, and what is
 * left goes to Jena's timeout. A request stopped either way is told the whole limit.
 */
record TimeBudget(Duration limit, long startNanos) {

  static TimeBudget startingNow(Duration limit) {
    return new TimeBudget(limit, System.nanoTime());
  }

  /** What is left; a 503 when parsing took it all. */
  Duration left() {
    Duration left = limit.minusNanos(System.nanoTime() - startNanos);
    if (left.isNegative() || left.isZero()) throw exceeded();
    return left;
  }

  ApiException exceeded() {
    return Store.timedOut(limit);
  }
}
