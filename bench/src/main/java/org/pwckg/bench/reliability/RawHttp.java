package org.pwckg.bench.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HTTP/1.1 over a plain socket, one request per connection: hostile requests need bytes that {@code
 * java.net.http} normalises or refuses (dot segments, bad escapes, a body that never ends), and a
 * response read while the body is still being written (a server refusing a large body answers 413
 * and closes before the client has sent it all).
 */
final class RawHttp {
  /** Most of a response body kept: enough to find a leaked file in it. */
  private static final int KEEP = 1 << 16;

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** A request head: request line, Host, Connection: close, the extra header lines, blank line. */
  static byte[] head(String method, String target, String... headers) {
    StringBuilder b = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    b.append("Host: 127.0.0.1\r\nConnection: close\r\n");
    for (String h : headers) b.append(h).append("\r\n");
    return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  Answer send(byte[] head) throws IOException {
    return send(head, InputStream.nullInputStream());
  }

  /** Sends {@code head} then {@code body} (already framed), and reads the answer meanwhile. */
  Answer send(byte[] head, InputStream body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      CompletableFuture<byte[]> response =
          CompletableFuture.supplyAsync(() -> readAll(socket), Thread::startVirtualThread);
      try {
        OutputStream out = socket.getOutputStream();
        out.write(head);
        body.transferTo(out);
        out.flush();
      } catch (IOException refusedMidBody) {
        // The server answered and closed before the body was all sent: its answer is read below.
      }
      return parse(response.get(60, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.closed();
    } catch (ExecutionException | TimeoutException e) {
      return Answer.closed();
    }
  }

  private static byte[] readAll(Socket socket) {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    try {
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8192];
      for (int n; (n = in.read(buf)) > 0 && got.size() < KEEP; ) got.write(buf, 0, n);
    } catch (IOException reset) {
      // What arrived before a reset is still the answer.
    }
    return got.toByteArray();
  }

  static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    if (!text.startsWith("HTTP/1.")) return Answer.closed();
    int split = text.indexOf("\r\n\r\n");
    String head = split < 0 ? text : text.substring(0, split);
    String body = split < 0 ? "" : text.substring(split + 4);
    int status = Integer.parseInt(head.substring(9, 12));
    return new Answer(status, head.toLowerCase(Locale.ROOT), body);
  }
}
