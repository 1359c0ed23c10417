package org.pwckg.server;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A {@code POST /admin/ingest} request: multipart/form-data, one file part per dump file. */
final class DumpUpload {
  private static final String BOUNDARY = "pwckg-test-boundary";

  private DumpUpload() {}

  /** Uploads {@code files} under their own names, with {@code token} unless it is null. */
  static HttpRequest of(String url, String token, List<Path> files) {
    List<BodyPublisher> parts = new ArrayList<>();
    for (Path f : files) parts.add(part(f.getFileName().toString(), file(f)));
    parts.add(text("--" + BOUNDARY + "--\r\n"));
    return request(url, token, BodyPublishers.concat(parts.toArray(BodyPublisher[]::new)));
  }

  /** A body whose one part is named {@code name} and holds {@code content}. */
  static HttpRequest named(String url, String token, String name, byte[] content) {
    return request(
        url,
        token,
        BodyPublishers.concat(
            part(name, BodyPublishers.ofByteArray(content)), text("--" + BOUNDARY + "--\r\n")));
  }

  private static HttpRequest request(String url, String token, BodyPublisher body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(body);
    if (token != null) b.header("Authorization", "Bearer " + token);
    return b.build();
  }

  private static BodyPublisher part(String name, BodyPublisher content) {
    return BodyPublishers.concat(
        text(
            "--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"dump\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"),
        content,
        text("\r\n"));
  }

  private static BodyPublisher text(String s) {
    return BodyPublishers.ofByteArray(s.getBytes(StandardCharsets.UTF_8));
  }

  private static BodyPublisher file(Path path) {
    try {
      return BodyPublishers.ofFile(path);
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException(e);
    }
  }
}
