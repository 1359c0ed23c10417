package org.pwckg.embed;

import java.nio.file.Path;
import org.pwckg.embed.model.EmbedderOptions;
import org.pwckg.embed.model.OnnxEmbedder;

/** The bundled model, extracted once into the module's build folder rather than the user's cache. */
public final class TestModels {
  private TestModels() {}

  public static Path cacheRoot() {
    return Path.of("target", "model-cache").toAbsolutePath();
  }

  public static OnnxEmbedder minilm() {
    int cores = Runtime.getRuntime().availableProcessors();
    return OnnxEmbedder.bundled(cacheRoot(), new EmbedderOptions(cores, cores, 8));
  }
}
