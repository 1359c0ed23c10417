package org.pwckg.bench.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback listener that the hostile LOADs and SERVICE calls point at: any request it gets is a
 * fetch the server should never have made.
 */
final class Outbound implements AutoCloseable {
  private final HttpServer listener;
  private final AtomicLong requests = new AtomicLong();

  Outbound() throws IOException {
    listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    listener.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(404, -1);
          exchange.close();
        });
    listener.start();
  }

  int port() {
    return listener.getAddress().getPort();
  }

  long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    listener.stop(0);
  }
}
