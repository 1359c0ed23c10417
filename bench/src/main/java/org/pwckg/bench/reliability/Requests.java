package org.pwckg.bench.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hostile requests' framing: SPARQL over GET and POST, updates with the token, big bodies. */
final class Requests {
  static final String JSON_RESULTS = "Accept: application/sparql-results+json";
  static final String UPDATE_AUTH = "Authorization: Bearer " + ServerProcess.UPDATE_TOKEN;
  static final String ADMIN_AUTH = "Authorization: Bearer " + ServerProcess.ADMIN_TOKEN;

  private final RawHttp http;

  Requests(RawHttp http) {
    this.http = http;
  }

  RawHttp http() {
    return http;
  }

  Answer get(String target, String... headers) throws IOException {
    return http.send(RawHttp.head("GET", target, headers));
  }

  Answer query(String sparql) throws IOException {
    return get("/sparql?query=" + encode(sparql), JSON_RESULTS);
  }

  /** A CONSTRUCT or DESCRIBE: a graph, in Turtle. */
  Answer graphQuery(String sparql) throws IOException {
    return get("/sparql?query=" + encode(sparql), "Accept: text/turtle");
  }

  Answer update(String sparql) throws IOException {
    return post("/sparql", "application/sparql-update", utf8(sparql), UPDATE_AUTH);
  }

  Answer post(String target, String contentType, byte[] body, String... headers)
      throws IOException {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Type: " + contentType);
    all.add("Content-Length: " + body.length);
    return http.send(
        RawHttp.head("POST", target, all.toArray(String[]::new)), new ByteArrayInputStream(body));
  }

  /** A body of {@code prefix} then {@code length} bytes of filler, declared by Content-Length. */
  Answer postLong(String target, String contentType, String prefix, long length, String... headers)
      throws IOException {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Type: " + contentType);
    all.add("Content-Length: " + (prefix.length() + length));
    return http.send(
        RawHttp.head("POST", target, all.toArray(String[]::new)), body(prefix, length));
  }

  /** The same body sent chunked (no length up front: the server counts what it reads). */
  Answer postChunked(
      String target, String contentType, String prefix, long length, String... headers)
      throws IOException {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Type: " + contentType);
    all.add("Transfer-Encoding: chunked");
    return http.send(
        RawHttp.head("POST", target, all.toArray(String[]::new)),
        new Chunked(body(prefix, length)));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static InputStream body(String prefix, long length) {
    return new SequenceInputStream(new ByteArrayInputStream(utf8(prefix)), new Filler(length));
  }

  /** {@code length} bytes of 'x', made as they are read. */
  private static final class Filler extends InputStream {
    private long left;

    Filler(long length) {
      this.left = length;
    }

    @Override
    public int read() {
      return left-- > 0 ? 'x' : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (left <= 0) return -1;
      int n = (int) Math.min(len, left);
      java.util.Arrays.fill(b, off, off + n, (byte) 'x');
      left -= n;
      return n;
    }
  }

  /** HTTP/1.1 chunked framing of a stream, 64 KiB a chunk. */
  private static final class Chunked extends InputStream {
    private final InputStream in;
    private byte[] frame = new byte[0];
    private int at;
    private boolean done;

    Chunked(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (at == frame.length && !nextFrame()) return -1;
      int n = Math.min(len, frame.length - at);
      System.arraycopy(frame, at, b, off, n);
      at += n;
      return n;
    }

    private boolean nextFrame() throws IOException {
      if (done) return false;
      byte[] data = in.readNBytes(1 << 16);
      String size = Integer.toHexString(data.length) + "\r\n";
      byte[] f = new byte[size.length() + data.length + 2];
      System.arraycopy(size.getBytes(StandardCharsets.US_ASCII), 0, f, 0, size.length());
      System.arraycopy(data, 0, f, size.length(), data.length);
      f[f.length - 2] = '\r';
      f[f.length - 1] = '\n';
      frame = f;
      at = 0;
      done = data.length == 0;
      return true;
    }
  }
}
