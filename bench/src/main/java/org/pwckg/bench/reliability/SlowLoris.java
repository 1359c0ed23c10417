package org.pwckg.bench.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A connection that sends its request head one byte a second and never ends it, held until the
 * attack ends: it must cost the server a socket, not a thread, and whatever the server answers (if
 * it gives up first) is a JSON error.
 */
final class SlowLoris {
  private static final Set<Integer> GAVE_UP = Set.of(Answer.OPEN, Answer.CLOSED, 400, 408, 431);

  private SlowLoris() {}

  static List<Shot> shots(int port) {
    return List.of(Shot.of("slow request head", d -> hold(port, d), GAVE_UP));
  }

  private static Answer hold(int port, long deadline) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(1_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      out.write(
          "GET /api/v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
              .getBytes(StandardCharsets.US_ASCII));
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      while (System.nanoTime() < deadline && got.size() == 0) {
        try {
          out.write('a');
          out.flush();
          int n = in.read();
          if (n < 0) break;
          got.write(n);
        } catch (SocketTimeoutException stillWaiting) {
          // the server keeps waiting for the head's end: the attack goes on
        } catch (IOException closed) {
          break;
        }
      }
      if (got.size() > 0) rest(s, in, got);
      if (got.size() == 0 && System.nanoTime() >= deadline) return Answer.open();
      return RawHttp.parse(got.toByteArray());
    }
  }

  /** The rest of an answer the server began. */
  private static void rest(Socket s, InputStream in, ByteArrayOutputStream got) {
    try {
      s.setSoTimeout(10_000);
      in.transferTo(got);
    } catch (IOException endedOrSlow) {
      // what came is the answer
    }
  }
}
