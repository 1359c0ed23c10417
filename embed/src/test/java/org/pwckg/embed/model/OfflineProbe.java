package org.pwckg.embed.model;

import java.io.IOException;
import java.net.Proxy;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Run in a fresh JVM by {@link OfflineLoadingTest}: loads the bundled model with every http(s)
 * connection refused and recorded, then writes the attempted URLs (one a line) to {@code args[1]}.
 */
public final class OfflineProbe {
  public static void main(String[] args) throws IOException {
    List<String> attempts = new CopyOnWriteArrayList<>();
    URL.setURLStreamHandlerFactory(
        protocol ->
            protocol.equals("http") || protocol.equals("https") ? new Refusing(attempts) : null);
    try (OnnxEmbedder embedder =
        OnnxEmbedder.bundled(Path.of(args[0]), EmbedderOptions.forQueries())) {
      embedder.embedQuery("offline");
    }
    Files.write(Path.of(args[1]), attempts);
  }

  private static final class Refusing extends URLStreamHandler {
    private final List<String> attempts;

    Refusing(List<String> attempts) {
      this.attempts = attempts;
    }

    @Override
    protected URLConnection openConnection(URL url) throws IOException {
      attempts.add(url.toString());
      throw new IOException("Network refused in test: " + url);
    }

    @Override
    protected URLConnection openConnection(URL url, Proxy proxy) throws IOException {
      return openConnection(url);
    }
  }
}
